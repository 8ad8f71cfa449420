namespace PolicyKit.Analyzers.Tests.TestSupport;

/// <summary>
/// Source added to every test compilation (unless a test opts out), as <c>Prelude.cs</c>: global usings
/// and a few export functions and checks, so that a test snippet is one line of interesting code.
/// </summary>
public static class Prelude
{
    /// <summary>The file name of the prelude's syntax tree.</summary>
    public const string FileName = "Prelude.cs";

    /// <summary>The prelude's source text.</summary>
    public const string Source = """
        global using PolicyKit;
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Threading.Tasks;

        public static class Shipping
        {
            [ExportFunction] public static void Ship(ExportRequest request) { }
            [ExportFunction] public static Task ShipAsync(ExportRequest request) => Task.CompletedTask;
            [ExportFunction] public static int ShipAndCount(ExportRequest request) => 1;
            public static void ShipWith(Clearance clearance) => ShipCleared(clearance);
            [ExportFunction] public static void ShipCleared(Clearance clearance) { }
            public static void Log(string message) { }
            public static bool Flag() => true;
        }

        public static class Checks
        {
            [ExportCheck] public static bool MayShip(ExportRequest request) => true;
            [ExportCheck] public static void DemandPermit(ExportRequest request) { }
        }

        """;
}
