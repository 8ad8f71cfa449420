using System.Threading.Tasks;
using Xunit;

namespace PolicyKit.Analyzers.Tests.Flow;

/// <summary>
/// PK0001 by kind of member: constructors and initializers, properties and indexers, field initializers,
/// local functions, lambdas and anonymous methods, [ExportFunction] members, interface, override,
/// extension and generic export functions.
/// </summary>
public class Members
{
    private const string Shipment = """
        class Shipment
        {
            [ExportFunction] public Shipment(ExportRequest r) { }
        }
        """;

    private const string Erp = """
        class Erp
        {
            [ExportFunction] public string Gateway { get; set; } = "";
        }
        """;

    // ---- constructors -------------------------------------------------------------------------

    [Fact]
    public Task ExportFunction_constructor_called_without_check_warns() => Pk0001.Verify(Shipment + """
        class C
        {
            void M(ExportRequest r)
            {
                var s = [|new Shipment(r)|];
            }
        }
        """);

    [Fact]
    public Task ExportFunction_constructor_called_after_check_is_covered() => Pk0001.Verify(Shipment + """
        class C
        {
            Shipment M(ExportPolicy policy, ExportRequest r)
            {
                policy.EnsurePermitted(r);
                return new Shipment(r);
            }
        }
        """);

    [Fact]
    public Task ExportFunction_constructor_called_by_target_typed_new_without_check_warns() => Pk0001.Verify(Shipment + """
        class C
        {
            void M(ExportRequest r)
            {
                Shipment s = [|new(r)|];
            }
        }
        """);

    [Fact]
    public Task Ship_inside_constructor_after_check_is_covered() => Pk0001.Verify("""
        class Sender
        {
            public Sender(ExportPolicy policy, ExportRequest r)
            {
                policy.EnsurePermitted(r);
                Shipping.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Ship_inside_constructor_without_check_warns() => Pk0001.Verify("""
        class Sender
        {
            public Sender(ExportRequest r)
            {
                [|Shipping.Ship(r)|];
            }
        }
        """);

    [Fact]
    public Task Ship_in_base_initializer_argument_warns() => Pk0001.Verify("""
        class Counter
        {
            public Counter(int count) { }
        }

        class Sender : Counter
        {
            public Sender(ExportPolicy policy, ExportRequest r) : base([|Shipping.ShipAndCount(r)|])
            {
                policy.EnsurePermitted(r);
            }
        }
        """);

    [Fact]
    public Task Ship_in_this_initializer_argument_warns() => Pk0001.Verify("""
        class Sender
        {
            public Sender(int count) { }

            public Sender(ExportRequest r) : this([|Shipping.ShipAndCount(r)|]) { }
        }
        """);

    // The span is the constructor initializer as Roslyn models the call (ConstructorInitializerSyntax,
    // colon included); the spec names no span for initializers.
    [Fact]
    public Task Base_initializer_calling_ExportFunction_base_constructor_warns() => Pk0001.Verify("""
        class ShipmentBase
        {
            [ExportFunction] protected ShipmentBase(ExportRequest r) { }
        }

        class AirShipment : ShipmentBase
        {
            public AirShipment(ExportRequest r) [|: base(r)|] { }
        }
        """);

    [Fact]
    public Task Base_initializer_in_ExportFunction_constructor_is_not_reported() => Pk0001.Verify("""
        class ShipmentBase
        {
            [ExportFunction] protected ShipmentBase(ExportRequest r) { }
        }

        class AirShipment : ShipmentBase
        {
            [ExportFunction] public AirShipment(ExportRequest r) : base(r) { }
        }
        """);

    [Fact]
    public Task Ship_in_field_initializer_warns() => Pk0001.Verify("""
        class Batch
        {
            public static ExportRequest Pending;
            private static readonly int Shipped = [|Shipping.ShipAndCount(Pending)|];
        }
        """);

    [Fact]
    public Task ExportFunction_constructor_in_field_initializer_warns() => Pk0001.Verify(Shipment + """
        class Batch
        {
            public static ExportRequest Pending;
            private readonly Shipment _first = [|new Shipment(Pending)|];
        }
        """);

    // ---- properties and indexers --------------------------------------------------------------

    [Fact]
    public Task Reading_ExportFunction_property_without_check_warns() => Pk0001.Verify(Erp + """
        class C
        {
            string M(Erp erp) => [|erp.Gateway|];
        }
        """);

    [Fact]
    public Task Writing_ExportFunction_property_without_check_warns() => Pk0001.Verify(Erp + """
        class C
        {
            void M(Erp erp)
            {
                [|erp.Gateway|] = "sftp";
            }
        }
        """);

    [Fact]
    public Task Writing_ExportFunction_property_after_check_is_covered() => Pk0001.Verify(Erp + """
        class C
        {
            void M(ExportPolicy policy, ExportRequest r, Erp erp)
            {
                if (!policy.TryClear(r, out _))
                    return;
                erp.Gateway = "sftp";
            }
        }
        """);

    [Fact]
    public Task Reading_ExportFunction_property_after_check_is_covered() => Pk0001.Verify(Erp + """
        class C
        {
            void M(ExportRequest r, Erp erp)
            {
                Checks.DemandPermit(r);
                Shipping.Log(erp.Gateway);
            }
        }
        """);

    [Fact]
    public Task Ship_inside_property_getter_without_check_warns() => Pk0001.Verify("""
        class Lot
        {
            public ExportRequest Request;
            public int Shipped
            {
                get { return [|Shipping.ShipAndCount(Request)|]; }
            }
        }
        """);

    [Fact]
    public Task Ship_inside_expression_bodied_property_warns() => Pk0001.Verify("""
        class Lot
        {
            public ExportRequest Request;
            public int Shipped => [|Shipping.ShipAndCount(Request)|];
        }
        """);

    [Fact]
    public Task Ship_inside_property_getter_after_check_is_covered() => Pk0001.Verify("""
        class Lot
        {
            public ExportPolicy Policy;
            public ExportRequest Request;
            public int Shipped
            {
                get
                {
                    Policy.EnsurePermitted(Request);
                    return Shipping.ShipAndCount(Request);
                }
            }
        }
        """);

    [Fact]
    public Task Ship_inside_property_setter_without_check_warns() => Pk0001.Verify("""
        class Outbox
        {
            public ExportRequest Next
            {
                set { [|Shipping.Ship(value)|]; }
            }
        }
        """);

    [Fact]
    public Task Ship_inside_property_setter_after_check_of_value_is_covered() => Pk0001.Verify("""
        class Outbox
        {
            public ExportPolicy Policy;
            public ExportRequest Next
            {
                set
                {
                    if (Policy.TryClear(value, out _))
                        Shipping.Ship(value);
                }
            }
        }
        """);

    [Fact]
    public Task Ship_inside_getter_of_ExportFunction_property_is_not_reported() => Pk0001.Verify("""
        class Lot
        {
            public ExportRequest Request;
            [ExportFunction] public int Shipped => Shipping.ShipAndCount(Request);
        }
        """);

    [Fact]
    public Task Ship_inside_indexer_without_check_warns() => Pk0001.Verify("""
        class Dock
        {
            public int this[ExportRequest r] => [|Shipping.ShipAndCount(r)|];
        }
        """);

    [Fact]
    public Task Ship_inside_indexer_after_check_is_covered() => Pk0001.Verify("""
        class Dock
        {
            public ExportPolicy Policy;
            public int this[ExportRequest r] => Policy.Evaluate(r).IsPermitted ? Shipping.ShipAndCount(r) : 0;
        }
        """);

    // ---- [ExportFunction] members passing the obligation on -----------------------------------

    [Fact]
    public Task Ship_inside_ExportFunction_method_is_not_reported() => Pk0001.Verify("""
        class Carrier
        {
            [ExportFunction]
            public void Send(ExportRequest r)
            {
                Shipping.Log("sending");
                Shipping.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Unchecked_call_of_user_ExportFunction_method_warns() => Pk0001.Verify("""
        class Carrier
        {
            [ExportFunction]
            public void Send(ExportRequest r) => Shipping.Ship(r);
        }

        class C
        {
            void M(Carrier carrier, ExportRequest r) => [|carrier.Send(r)|];
        }
        """);

    [Fact]
    public Task Lambda_inside_ExportFunction_method_is_not_reported() => Pk0001.Verify("""
        class Carrier
        {
            [ExportFunction]
            public void SendAll(List<ExportRequest> requests) => requests.ForEach(x => Shipping.Ship(x));
        }
        """);

    [Fact]
    public Task Local_function_inside_ExportFunction_method_is_not_reported() => Pk0001.Verify("""
        class Carrier
        {
            [ExportFunction]
            public void Send(ExportRequest r)
            {
                Go();
                void Go() => Shipping.Ship(r);
            }
        }
        """);

    // ---- local functions ----------------------------------------------------------------------

    [Fact]
    public Task Ship_in_local_function_is_not_covered_by_check_in_enclosing_method() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        Go();

        void Go() => [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_in_local_function_with_its_own_check_is_covered() => Pk0001.Body("""
        Go(r);

        void Go(ExportRequest x)
        {
            if (!policy.TryClear(x, out _)) return;
            Shipping.Ship(x);
        }
        """);

    [Fact]
    public Task ExportFunction_local_function_called_without_check_warns() => Pk0001.Body("""
        [|Go()|];

        [ExportFunction] void Go() => Shipping.Ship(r);
        """);

    [Fact]
    public Task ExportFunction_local_function_called_after_check_is_covered() => Pk0001.Body("""
        if (!Checks.MayShip(r)) return;
        Go();

        [ExportFunction] void Go() => Shipping.Ship(r);
        """);

    [Fact]
    public Task Static_local_function_shipping_without_check_warns() => Pk0001.Body("""
        Send(r);

        static void Send(ExportRequest x) => [|Shipping.Ship(x)|];
        """);

    // ---- lambdas and anonymous methods --------------------------------------------------------

    [Fact]
    public Task Ship_in_lambda_is_not_covered_by_check_outside() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        Action send = () => [|Shipping.Ship(r)|];
        send();
        """);

    [Fact]
    public Task Ship_in_ForEach_lambda_warns() => Pk0001.Body("""
        requests.ForEach(x => [|Shipping.Ship(x)|]);
        """, signature: "void M(List<ExportRequest> requests)");

    [Fact]
    public Task Ship_in_ForEach_lambda_with_its_own_check_is_covered() => Pk0001.Body("""
        requests.ForEach(x =>
        {
            policy.EnsurePermitted(x);
            Shipping.Ship(x);
        });
        """, signature: "void M(ExportPolicy policy, List<ExportRequest> requests)");

    [Fact]
    public Task Ship_in_Select_lambda_after_Where_filter_warns() => Pk0001.Body("""
        var shipped = requests.Where(x => Checks.MayShip(x)).Select(x => [|Shipping.ShipAndCount(x)|]).Sum();
        Shipping.Log(shipped.ToString());
        """, signature: "void M(List<ExportRequest> requests)");

    [Fact]
    public Task Ship_in_anonymous_method_warns() => Pk0001.Body("""
        policy.EnsurePermitted(r);
        Action send = delegate { [|Shipping.Ship(r)|]; };
        send();
        """);

    [Fact]
    public Task Ship_in_anonymous_method_with_its_own_check_is_covered() => Pk0001.Body("""
        Action send = delegate
        {
            if (policy.Evaluate(r).IsPermitted)
                Shipping.Ship(r);
        };
        send();
        """);

    [Fact]
    public Task Check_inside_lambda_does_not_cover_call_after_it() => Pk0001.Body("""
        Action check = () => policy.EnsurePermitted(r);
        check();
        [|Shipping.Ship(r)|];
        """);

    [Fact]
    public Task Ship_in_lambda_nested_in_checked_lambda_warns() => Pk0001.Body("""
        Action outer = () =>
        {
            policy.EnsurePermitted(r);
            Action inner = () => [|Shipping.Ship(r)|];
            inner();
        };
        outer();
        """);

    // ---- interface, override, extension, generic export functions ----------------------------

    [Fact]
    public Task Interface_export_method_called_through_implementing_class_warns() => Pk0001.Verify("""
        interface ICarrier
        {
            [ExportFunction] void Ship(ExportRequest r);
        }

        class Truck : ICarrier
        {
            public void Ship(ExportRequest r) { }
        }

        class C
        {
            void M(Truck truck, ExportRequest r) => [|truck.Ship(r)|];
        }
        """);

    [Fact]
    public Task Interface_export_method_called_through_interface_warns() => Pk0001.Verify("""
        interface ICarrier
        {
            [ExportFunction] void Ship(ExportRequest r);
        }

        class C
        {
            void M(ICarrier carrier, ExportRequest r) => [|carrier.Ship(r)|];
        }
        """);

    [Fact]
    public Task Interface_export_method_called_through_class_after_check_is_covered() => Pk0001.Verify("""
        interface ICarrier
        {
            [ExportFunction] void Ship(ExportRequest r);
        }

        class Truck : ICarrier
        {
            public void Ship(ExportRequest r) { }
        }

        class C
        {
            void M(ExportPolicy policy, Truck truck, ExportRequest r)
            {
                if (policy.TryClear(r, out _))
                    truck.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Overridden_export_method_called_without_check_warns() => Pk0001.Verify("""
        abstract class CarrierBase
        {
            [ExportFunction] public abstract void Ship(ExportRequest r);
        }

        class AirFreight : CarrierBase
        {
            public override void Ship(ExportRequest r) { }
        }

        class C
        {
            void M(AirFreight air, ExportRequest r) => [|air.Ship(r)|];
        }
        """);

    [Fact]
    public Task Overridden_export_method_called_after_check_is_covered() => Pk0001.Verify("""
        abstract class CarrierBase
        {
            [ExportFunction] public abstract void Ship(ExportRequest r);
        }

        class AirFreight : CarrierBase
        {
            public override void Ship(ExportRequest r) { }
        }

        class C
        {
            void M(ExportPolicy policy, AirFreight air, ExportRequest r)
            {
                policy.EnsurePermitted(r);
                air.Ship(r);
            }
        }
        """);

    [Fact]
    public Task Extension_export_method_called_without_check_warns() => Pk0001.Verify("""
        static class RequestExtensions
        {
            [ExportFunction] public static void ShipVia(this ExportRequest r, string carrier) { }
        }

        class C
        {
            void M(ExportRequest r) => [|r.ShipVia("air")|];
        }
        """);

    [Fact]
    public Task Extension_export_method_called_after_check_is_covered() => Pk0001.Verify("""
        static class RequestExtensions
        {
            [ExportFunction] public static void ShipVia(this ExportRequest r, string carrier) { }
        }

        class C
        {
            void M(ExportPolicy policy, ExportRequest r)
            {
                var d = policy.Evaluate(r);
                if (d.IsPermitted)
                    r.ShipVia("air");
            }
        }
        """);

    [Fact]
    public Task Generic_export_method_called_without_check_warns() => Pk0001.Verify("""
        static class Freight
        {
            [ExportFunction] public static void ShipItem<T>(T payload, ExportRequest r) { }
        }

        class C
        {
            void M(ExportRequest r) => [|Freight.ShipItem<string>("drawings", r)|];
        }
        """);

    [Fact]
    public Task Export_method_of_generic_class_called_without_check_warns() => Pk0001.Verify("""
        class Carrier<T>
        {
            [ExportFunction] public void Ship(T payload, ExportRequest r) { }
        }

        class C
        {
            void M(Carrier<int> carrier, ExportRequest r) => [|carrier.Ship(42, r)|];
        }
        """);

    [Fact]
    public Task Ship_in_generic_method_after_check_is_covered() => Pk0001.Verify("""
        class C
        {
            void Send<TPayload>(ExportPolicy policy, ExportRequest r, TPayload payload)
            {
                if (!Checks.MayShip(r)) return;
                Shipping.Log(payload?.ToString() ?? "");
                Shipping.Ship(r);
            }
        }
        """);

    // ---- top-level statements -----------------------------------------------------------------

    [Fact]
    public Task Top_level_ship_without_check_warns() => Pk0001.TopLevel("""
        var r = Requests.Next();
        [|Shipping.Ship(r)|];

        static class Requests
        {
            public static ExportRequest Next() => null!;
        }
        """);

    [Fact]
    public Task Top_level_ship_after_EnsurePermitted_is_covered() => Pk0001.TopLevel("""
        var policy = ExportPolicy.CreateDefault();
        var r = Requests.Next();
        policy.EnsurePermitted(r);
        Shipping.Ship(r);

        static class Requests
        {
            public static ExportRequest Next() => null!;
        }
        """);

    [Fact]
    public Task Top_level_ship_after_early_return_on_not_permitted_is_covered() => Pk0001.TopLevel("""
        var policy = ExportPolicy.CreateDefault();
        var r = Requests.Next();
        var d = policy.Evaluate(r);
        if (!d.IsPermitted)
        {
            Console.WriteLine(d.Summary);
            return 3;
        }
        Shipping.Ship(r);
        return 0;

        static class Requests
        {
            public static ExportRequest Next() => null!;
        }
        """);

    [Fact]
    public Task Top_level_ship_in_else_of_TryClear_warns() => Pk0001.TopLevel("""
        var policy = ExportPolicy.CreateDefault();
        foreach (var r in Requests.All())
        {
            if (policy.TryClear(r, out _))
                Console.WriteLine("cleared");
            else
                [|Shipping.Ship(r)|];
        }

        static class Requests
        {
            public static ExportRequest[] All() => Array.Empty<ExportRequest>();
        }
        """);

    [Fact]
    public Task Top_level_local_function_is_not_covered_by_top_level_check() => Pk0001.TopLevel("""
        var policy = ExportPolicy.CreateDefault();
        var r = Requests.Next();
        policy.EnsurePermitted(r);
        Send();

        void Send() => [|Shipping.Ship(r)|];

        static class Requests
        {
            public static ExportRequest Next() => null!;
        }
        """);

    // ---- other members ------------------------------------------------------------------------

    [Fact]
    public Task Ship_in_static_constructor_warns() => Pk0001.Verify("""
        class Registry
        {
            public static ExportRequest Pending;
            static Registry()
            {
                [|Shipping.Ship(Pending)|];
            }
        }
        """);

    [Fact]
    public Task Ship_in_expression_bodied_constructor_warns() => Pk0001.Verify("""
        class Sender
        {
            public Sender(ExportRequest r) => [|Shipping.Ship(r)|];
        }
        """);

    [Fact]
    public Task Ship_in_operator_warns() => Pk0001.Verify("""
        class Lot
        {
            public ExportRequest Request;
            public static int operator +(Lot a, Lot b) => [|Shipping.ShipAndCount(a.Request)|] + [|Shipping.ShipAndCount(b.Request)|];
        }
        """);

    [Fact]
    public Task Ship_in_property_initializer_warns() => Pk0001.Verify("""
        class Lot
        {
            public static ExportRequest Pending;
            public int Shipped { get; } = [|Shipping.ShipAndCount(Pending)|];
        }
        """);

    [Fact]
    public Task Ship_in_lambda_field_initializer_warns() => Pk0001.Verify("""
        class Lot
        {
            public static ExportRequest Pending;
            private readonly Action _send = () => [|Shipping.Ship(Pending)|];
        }
        """);

    [Fact]
    public Task Ship_in_record_primary_constructor_property_initializer_warns() => Pk0001.Verify("""
        record Lot(ExportRequest Request)
        {
            public int Shipped { get; } = [|Shipping.ShipAndCount(Request)|];
        }
        """);

    [Fact]
    public Task Static_ExportFunction_property_read_without_check_warns() => Pk0001.Verify("""
        static class Ftp
        {
            [ExportFunction] public static string Endpoint => "sftp-gateway";
        }

        class C
        {
            void M() => Shipping.Log([|Ftp.Endpoint|]);
        }
        """);

    [Fact]
    public Task ExportFunction_constructor_called_inside_ExportFunction_method_is_not_reported() => Pk0001.Verify(Shipment + """
        class Dispatcher
        {
            [ExportFunction]
            public Shipment Dispatch(ExportRequest r) => new Shipment(r);
        }
        """);

    [Fact]
    public Task Static_ExportFunction_local_function_called_after_check_of_its_request_is_covered() => Pk0001.Body("""
        if (!policy.TryClear(r2, out _))
            return;
        Send(r2);

        [ExportFunction] static void Send(ExportRequest x) => Shipping.Ship(x);
        """);

    [Fact]
    public Task Expression_lambda_with_its_own_TryClear_is_covered() => Pk0001.Body("""
        Func<ExportRequest, int> send = x => policy.TryClear(x, out _) ? Shipping.ShipAndCount(x) : 0;
        Shipping.Log(send(r).ToString());
        """);
}
