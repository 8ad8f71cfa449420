using Contoso.Orders.Compliance;
using Contoso.Orders.Domain;
using PolicyKit;

namespace Contoso.Orders.Shipping;

/// <summary>Ships confirmed orders, holding back those the export rules do not permit.</summary>
public sealed class OrderFulfilment
{
    private readonly ExportPolicy _policy;
    private readonly CarrierGateway _carrier;

    public OrderFulfilment(ExportPolicy policy, CarrierGateway carrier)
    {
        _policy = policy;
        _carrier = carrier;
    }

    /// <summary>Ships the order if permitted; otherwise returns the decision for the compliance queue.</summary>
    public Decision Ship(Order order)
    {
        var request = ExportRequests.ForShipment(order);
        var decision = _policy.Evaluate(request);
        if (!decision.IsPermitted)
        {
            return decision;   // held: licence required, prohibited or needs review
        }
        _carrier.Book(request, order.Quantity);
        return decision;
    }
}
