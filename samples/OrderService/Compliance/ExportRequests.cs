using Contoso.Orders.Domain;
using PolicyKit;

namespace Contoso.Orders.Compliance;

/// <summary>Turns the app's own records into the requests PolicyKit decides on.</summary>
public static class ExportRequests
{
    /// <summary>Shipping an order: the customer is the ultimate consignee and end user.</summary>
    public static ExportRequest ForShipment(Order order) => new(
        date: order.ShipDate,
        item: new Item(order.Product.Kind, Classification.Parse(order.Product.Eccn), description: order.Product.Description),
        parties: new[] { new Party(order.Customer.Name, PartyRole.UltimateConsignee, order.Customer.Country, listId: order.Customer.EntityListId) },
        reference: order.Number);

    /// <summary>Sharing a design file: technology released to the partner, the end user of the drawing.</summary>
    public static ExportRequest ForDesignShare(DesignFile file, Partner partner, CalendarDate date) => new(
        date: date,
        item: new Item(ItemKind.Technology, Classification.Parse(file.Eccn), description: $"{file.FileName} rev {file.Revision}"),
        parties: new[] { Party.EndUser(partner.Name, partner.Country) },
        reference: $"{file.FileName}@{file.Revision}");
}
