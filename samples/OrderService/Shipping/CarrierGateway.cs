using PolicyKit;

namespace Contoso.Orders.Shipping;

/// <summary>Books a shipment with the freight carrier: the moment goods leave for the customer.</summary>
public sealed class CarrierGateway
{
    private readonly List<string> _bookings = new();

    /// <summary>The shipments booked so far (the sample prints them).</summary>
    public IReadOnlyList<string> Bookings => _bookings;

    /// <summary>
    /// Books the shipment. Marked <see cref="ExportFunctionAttribute"/>: the analyzer reports every call
    /// that is not preceded, on every path, by a permitted check of the same request.
    /// </summary>
    [ExportFunction]
    public void Book(ExportRequest request, int quantity) => _bookings.Add($"{request.Reference}: {quantity} x {request.Item.Description}");
}
