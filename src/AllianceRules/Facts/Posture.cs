using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>The hedging state's strategy toward its neighbour.</summary>
public enum Posture
{
    /// <summary>Bandwagon with the neighbour, keeping its goodwill (C03).</summary>
    [Description("bandwagon with the neighbour")]
    Bandwagon,

    /// <summary>Seek a settlement of differences before anything else (C20).</summary>
    [Description("seek a settlement with the neighbour")]
    SeekSettlement,

    /// <summary>Balance against the neighbour, with a great power if one will help (C05).</summary>
    [Description("balance against the neighbour")]
    Balance,

    /// <summary>Give in to the neighbour on its terms (C26).</summary>
    [Description("accommodate the neighbour")]
    Accommodate,
}
