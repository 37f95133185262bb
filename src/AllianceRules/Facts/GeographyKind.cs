using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>The kinds of geographic constraint.</summary>
public enum GeographyKind
{
    /// <summary>Two actors share a land border.</summary>
    [Description("land border")]
    LandBorder,

    /// <summary>A great power reaches the region only across the sea ("distant water", C55).</summary>
    [Description("overseas")]
    Overseas,
}
