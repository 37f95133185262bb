using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>A great power's resolve to contain the neighbour over the long term (C47).</summary>
public enum Resolve
{
    /// <summary>Shown in deeds over time.</summary>
    [Description("resolve demonstrated")]
    Demonstrated,

    /// <summary>Not yet shown.</summary>
    [Description("resolve undemonstrated")]
    Undemonstrated,

    /// <summary>Waxes and wanes with the power's domestic politics (C49).</summary>
    [Description("resolve wavering")]
    Wavering,
}
