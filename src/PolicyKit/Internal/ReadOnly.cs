using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PolicyKit.Internal;

/// <summary>Read-only views for public list properties: an exposed array could be cast back and
/// mutated, which would break the immutability that decisions and clearances rely on.</summary>
internal static class ReadOnly
{
    public static IReadOnlyList<T> Copy<T>(IEnumerable<T> items)
    {
        var array = items.ToArray();
        return array.Length == 0 ? Empty<T>.Instance : new ReadOnlyCollection<T>(array);
    }

    private static class Empty<T>
    {
        public static readonly IReadOnlyList<T> Instance = new ReadOnlyCollection<T>(new T[0]);
    }
}
