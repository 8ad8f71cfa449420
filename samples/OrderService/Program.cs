using Acme.Sftp;
using Contoso.Orders.DesignSharing;
using Contoso.Orders.Domain;
using Contoso.Orders.Shipping;
using PolicyKit;

// A day in the order service, run on the dates that matter: the day before Huawei was put on the
// Entity List and the day after. The same orders and design shares, two different answers.
var policy = ExportPolicy.CreateDefault();
var carrier = new CarrierGateway();
var sftp = new SftpClient();
var fulfilment = new OrderFulfilment(policy, carrier);
var exchange = new PartnerDesignExchange(policy, sftp);

var router = new Product("RT-200", "edge router firmware", ItemKind.Software, "EAR99");
var huawei = new Customer("Huawei Technologies Co., Ltd.", "CN");
var muller = new Customer("Müller Maschinenbau GmbH", "DE");
var partner = new Partner("Huawei Technologies Co., Ltd.", "CN", "/drop/contoso/");
var drawing = new DesignFile("antenna-mount.step", "B", "EAR99", new byte[2048]);

foreach (var date in new[] { new CalendarDate(2019, 5, 15), new CalendarDate(2019, 5, 17) })
{
    Console.WriteLine($"-- {date}");
    foreach (var customer in new[] { huawei, muller })
    {
        var order = new Order($"SO-{date.ToString().Replace("-", "")}-{customer.Country}", customer, router, 10, date);
        var decision = fulfilment.Ship(order);
        Console.WriteLine($"order {order.Number}: {(decision.IsPermitted ? "shipped" : "held")} - {decision.Summary}");
    }
    Console.WriteLine($"design {drawing.FileName} to {partner.Name}: {(exchange.Share(drawing, partner, date) ? "shared" : "held")}");
}

// PushRevision holds the deliberate PK0001: unchecked, it sends revision C to a listed party.
try
{
    exchange.PushRevision(drawing with { Revision = "C" }, new[] { partner }, new CalendarDate(2019, 5, 17));
    Console.WriteLine($"revision C pushed to {partner.Name} without a check");
}
catch (ExportDeniedException denied)
{
    Console.WriteLine($"revision C held - {denied.Decision.Summary}");
}
Console.WriteLine($"carrier bookings: {carrier.Bookings.Count}, files uploaded: {sftp.Uploaded.Count}");
