using System.Threading.Tasks;
using PolicyKit.Analyzers.Tests.TestSupport;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Rules;

/// <summary>PK0004: an export function is turned into a delegate (a method group).</summary>
public sealed class ExportFunctionAsDelegateTests
{
    private static Task Body(string body, string members = "") => Verify.AnalyzerAsync<ExportFunctionAsDelegateAnalyzer>($$"""
        class C
        {
            {{members}}
            void M(ExportPolicy policy, ExportRequest r, List<ExportRequest> requests)
            {
                {{body}}
            }
        }
        """);

    // ---- reported ------------------------------------------------------------------------------

    [Fact]
    public Task Assigned_to_an_Action() => Body("Action<ExportRequest> ship = [|Shipping.Ship|];");

    [Fact]
    public Task Passed_to_List_ForEach() => Body("requests.ForEach([|Shipping.Ship|]);");

    [Fact]
    public Task Passed_to_a_delegate_constructor() => Body("var ship = new Action<ExportRequest>([|Shipping.Ship|]);");

    [Fact]
    public Task Async_export_function_assigned_to_a_Func() => Body("Func<ExportRequest, Task> ship = [|Shipping.ShipAsync|];");

    [Fact]
    public Task Passed_to_Select() => Body("var counts = requests.Select([|Shipping.ShipAndCount|]).ToList();");

    [Fact]
    public Task Cast_to_a_delegate_type() => Body("Delegate ship = (Action<ExportRequest>)[|Shipping.Ship|];");

    [Fact]
    public Task Subscribed_to_an_event() => Body("Shipped += [|Shipping.Ship|];", "event Action<ExportRequest>? Shipped;");

    [Fact]
    public Task Instance_export_function_of_a_source_type() => Body("Action<ExportRequest> send = [|carrier.Send|];", """
        private readonly Carrier carrier = new();
        class Carrier { [ExportFunction] public void Send(ExportRequest request) { } }
        """);

    [Fact]
    public Task Unqualified_method_group_in_the_declaring_class() => Body("requests.ForEach([|Send|]);", """
        [ExportFunction] static void Send(ExportRequest request) { }
        """);

    [Fact]
    public Task Inside_an_ExportFunction_member_too() => Verify.AnalyzerAsync<ExportFunctionAsDelegateAnalyzer>("""
        class C
        {
            [ExportFunction]
            void ShipAll(List<ExportRequest> requests) => requests.ForEach([|Shipping.Ship|]);
        }
        """);

    [Fact]
    public Task Export_function_named_in_PolicyKit_ExportFunctions_txt() => Verify.AnalyzerAsync<ExportFunctionAsDelegateAnalyzer>("""
        namespace Acme.Erp { public class ErpClient { public void Ship(string order) { } } }
        class C { void M(Acme.Erp.ErpClient client) { Action<string> ship = [|client.Ship|]; } }
        """, ("PolicyKit.ExportFunctions.txt", "M:Acme.Erp.ErpClient.Ship(System.String)"));

    // ---- not reported --------------------------------------------------------------------------

    [Fact]
    public Task Lambdas_that_call_the_export_function() => Body("""
        Action<ExportRequest> ship = x => Shipping.Ship(x);
        requests.ForEach(x => { policy.EnsurePermitted(x); Shipping.Ship(x); });
        Func<ExportRequest, Task> shipAsync = async x => await Shipping.ShipAsync(x);
        """);

    [Fact]
    public Task Nameof_an_export_function() => Body("""
        Shipping.Log(nameof(Shipping.Ship));
        Shipping.Log(nameof(Shipping.ShipAsync) + nameof(Shipping.ShipAndCount));
        """);

    [Fact]
    public Task Method_groups_of_other_methods() => Body("""
        Action<string> log = Shipping.Log;
        Func<bool> flag = Shipping.Flag;
        Action<Clearance> shipWith = Shipping.ShipWith;
        Func<ExportRequest, bool> check = Checks.MayShip;
        requests.ForEach(Checks.DemandPermit);
        """);

    [Fact]
    public Task Direct_calls_of_export_functions() => Body("""
        Shipping.Ship(r);
        var n = Shipping.ShipAndCount(r);
        """);

    [Fact]
    public Task Export_function_that_takes_a_Clearance() => Body("""
        Action<Clearance> ship = Shipping.ShipCleared;
        """);
}
