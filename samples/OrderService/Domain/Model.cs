using PolicyKit;

namespace Contoso.Orders.Domain;

/// <summary>A customer from the CRM: who buys and who ends up using the goods.</summary>
public sealed record Customer(string Name, string Country, string? EntityListId = null);

/// <summary>A product from the catalogue, with its export classification.</summary>
public sealed record Product(string Sku, string Description, ItemKind Kind, string Eccn);

/// <summary>A confirmed order waiting to ship.</summary>
public sealed record Order(string Number, Customer Customer, Product Product, int Quantity, CalendarDate ShipDate);

/// <summary>An engineering partner with a drop folder on its own SFTP server.</summary>
public sealed record Partner(string Name, string Country, string DropFolder);

/// <summary>A design file (drawing, CAD model, firmware source) at one revision.</summary>
public sealed record DesignFile(string FileName, string Revision, string Eccn, byte[] Content);
