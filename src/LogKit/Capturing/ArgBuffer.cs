using System.Runtime.CompilerServices;

namespace LogKit.Capturing;

/// <summary>Stack storage for the arguments of one call: no array, no boxing.</summary>
[InlineArray(Capacity)]
internal struct ArgBuffer
{
    /// <summary>Calls with more arguments than this use a heap array (they already allocated one for <c>params</c>).</summary>
    public const int Capacity = 8;

    ArgValue _element0;
}
