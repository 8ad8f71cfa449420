using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyKit.Analyzers.Benchmarks.Generation;

/// <summary>A property an entity may have beyond the common ones, with the validation rule that goes with it.</summary>
/// <param name="Type">The C# type.</param>
/// <param name="Name">The property name.</param>
/// <param name="Initializer">Initializer text (with leading <c> = </c>), or empty.</param>
/// <param name="Check">A validation statement; <c>{0}</c> stands for the entity variable.</param>
internal sealed record ExtraProperty(string Type, string Name, string Initializer, string Check)
{
    /// <summary>The validation statement for entity variable <paramref name="variable"/>.</summary>
    public string CheckFor(string variable) => Check.Replace("{0}", variable);

    public static readonly IReadOnlyList<ExtraProperty> Pool =
    [
        new("int", "Revision", "", "if ({0}.Revision < 0) result.Add(\"Revision must not be negative.\");"),
        new("string", "CostCenter", " = \"\"", "if (string.IsNullOrWhiteSpace({0}.CostCenter)) result.Add(\"A cost center is required.\");"),
        new("string?", "ExternalId", "", "if ({0}.ExternalId is { Length: > 64 }) result.Add(\"The external id is too long.\");"),
        new("decimal", "Discount", "", "if ({0}.Discount < 0m || {0}.Discount > 0.5m) result.Add(\"The discount must be between 0 and 50%.\");"),
        new("int", "Priority", "", "if ({0}.Priority is < 0 or > 9) result.Add(\"Priority must be between 0 and 9.\");"),
        new("DateTime?", "DueDate", "", "if ({0}.DueDate is { } due && due < {0}.CreatedAt) result.Add(\"The due date is before the creation date.\");"),
        new("string", "Channel", " = \"web\"", "if ({0}.Channel is not (\"web\" or \"edi\" or \"phone\" or \"partner\")) result.Add($\"Unknown channel '{{0}.Channel}'.\");"),
        new("bool", "RequiresApproval", "", "if ({0}.RequiresApproval && string.IsNullOrEmpty({0}.Notes)) result.Add(\"Explain why approval is required.\");"),
        new("double", "WeightKg", "", "if (double.IsNaN({0}.WeightKg) || {0}.WeightKg < 0) result.Add(\"The weight must be a positive number.\");"),
        new("string?", "Incoterm", "", "if ({0}.Incoterm is not null && {0}.Incoterm.Length != 3) result.Add(\"Incoterms have three letters.\");"),
        new("int", "PaymentTermsDays", " = 30", "if ({0}.PaymentTermsDays is < 0 or > 180) result.Add(\"Payment terms must be 0 to 180 days.\");"),
        new("string", "Owner", " = \"\"", "if ({0}.Owner.Length > 100) result.Add(\"The owner name is too long.\");"),
        new("Guid?", "ParentId", "", "if ({0}.ParentId == {0}.Id) result.Add(\"An entity cannot be its own parent.\");"),
        new("TimeSpan", "LeadTime", "", "if ({0}.LeadTime < TimeSpan.Zero) result.Add(\"The lead time cannot be negative.\");"),
    ];
}

/// <summary>
/// One business entity of the generated code base (e.g. <c>Acme.Orders</c> / <c>PartnerQuote</c>) and the
/// random choices that make its files differ from the others'. Each entity yields five files.
/// </summary>
internal sealed class EntityModel
{
    /// <summary>The status values every entity has; the templates use them by name.</summary>
    public static readonly IReadOnlyList<string> CoreStatuses = ["Draft", "Submitted", "Approved", "Rejected", "Shipped", "Cancelled"];
    private static readonly string[] OptionalStatuses = ["OnHold", "Archived", "Closed", "Disputed", "Expired"];

    private static readonly (string Module, string[] Nouns)[] Modules =
    [
        ("Orders", ["Order", "Quote", "Backorder", "Reservation"]),
        ("Billing", ["Invoice", "CreditNote", "Payment", "Statement"]),
        ("Inventory", ["StockItem", "Warehouse", "StockMove", "Lot"]),
        ("Shipping", ["Shipment", "Consignment", "Parcel", "Manifest"]),
        ("Customers", ["Customer", "Contact", "Account", "Agreement"]),
        ("Catalog", ["Product", "Bundle", "PriceList", "Variant"]),
        ("Procurement", ["PurchaseOrder", "Supplier", "Requisition", "Receipt"]),
        ("Support", ["Ticket", "CaseNote", "Escalation", "Rma"]),
        ("Portal", ["Document", "Download", "Workspace", "Share"]),
        ("Engineering", ["Design", "Drawing", "Specification", "Firmware"]),
        ("Reporting", ["Report", "Dashboard", "Extract", "Snapshot"]),
        ("Returns", ["ReturnOrder", "Inspection", "Refund", "Claim"]),
    ];

    private static readonly string[] Qualifiers =
    [
        "", "Sales", "Partner", "Regional", "Priority", "Bulk", "Recurring", "Contract", "Wholesale", "Retail",
        "Domestic", "Export", "Seasonal", "Service", "Internal", "External", "Legacy", "Scheduled", "Pilot", "Framework",
    ];

    private EntityModel(string module, string name, Random random)
    {
        Module = module;
        Name = name;
        Statuses = CoreStatuses.Concat(OptionalStatuses.Where(_ => random.Next(3) == 0)).ToArray();
        Extras = ExtraProperty.Pool.Where(_ => random.Next(100) < 40).ToArray();
        ReferencePrefix = new string(Enumerable.Range(0, 3).Select(_ => (char)('A' + random.Next(26))).ToArray());
        Threshold = 1000 * (1 + random.Next(50));
    }

    /// <summary>The business module, the second part of every namespace (<c>Acme.Orders.Services</c>).</summary>
    public string Module { get; }

    /// <summary>The entity type name, unique within its module.</summary>
    public string Name { get; }

    public string[] Statuses { get; }
    public ExtraProperty[] Extras { get; }

    /// <summary>Three letters that start the entity's references (e.g. <c>QXT-202501-000042</c>).</summary>
    public string ReferencePrefix { get; }

    /// <summary>An amount above which the entity counts as large (approval, controlled items…).</summary>
    public int Threshold { get; }

    /// <summary>The name in camel case, for locals and parameters.</summary>
    public string Variable => char.ToLowerInvariant(Name[0]) + Name.Substring(1);

    public string Namespace(string layer) => $"Acme.{Module}.{layer}";

    public string FilePath(string layer, string typeName) => $"Acme/{Module}/{layer}/{typeName}.cs";

    /// <summary>
    /// The <paramref name="count"/> entities of the code base, in an order that spreads them over the
    /// modules; names get a numeric suffix once the qualifier × noun combinations run out.
    /// </summary>
    public static IEnumerable<EntityModel> Enumerate(int count, Random random)
    {
        var produced = 0;
        for (var round = 1; ; round++)
        {
            foreach (var qualifier in Qualifiers)
            {
                foreach (var (module, nouns) in Modules)
                {
                    foreach (var noun in nouns)
                    {
                        if (produced++ == count) yield break;
                        yield return new EntityModel(module, qualifier + noun + (round > 1 ? round.ToString() : ""), random);
                    }
                }
            }
        }
    }
}
