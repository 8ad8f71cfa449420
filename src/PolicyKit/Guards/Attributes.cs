using System;

namespace PolicyKit;

/// <summary>
/// Marks a member whose call exports, reexports, transfers or releases an item. The PolicyKit analyzer
/// reports every call that is not preceded, on every path, by a permitted policy check. A member that
/// itself carries this attribute passes the obligation to its callers.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property, Inherited = false)]
public sealed class ExportFunctionAttribute : Attribute
{
}

/// <summary>
/// Marks an application's own guard method: it returns true only when the export is permitted (bool
/// methods), or returns normally only when it is permitted and throws otherwise (void methods).
/// The analyzer treats a call to it as a policy check.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ExportCheckAttribute : Attribute
{
}
