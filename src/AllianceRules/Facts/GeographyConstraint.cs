namespace AllianceRules.Facts;

/// <summary>
/// A fact of geography: a land border between two actors, or a great power that reaches the
/// region only across the sea.
/// </summary>
public sealed record GeographyConstraint : IDescribedFact
{
    private readonly IReadOnlyList<string> _between = [];

    /// <summary>What kind of constraint this is.</summary>
    public required GeographyKind Kind { get; init; }

    /// <summary>For <see cref="GeographyKind.LandBorder"/>: the two actors the border joins.</summary>
    public IReadOnlyList<string> Between { get => _between; init => _between = value ?? []; }

    /// <summary>For <see cref="GeographyKind.Overseas"/>: the great power that reaches the region across the sea.</summary>
    public string? Subject { get; init; }

    /// <summary>Whether this is a land border joining <paramref name="first"/> and <paramref name="second"/>, in either order.</summary>
    /// <param name="first">One actor's name.</param>
    /// <param name="second">The other actor's name.</param>
    /// <returns><see langword="true"/> for a land border between the two.</returns>
    public bool IsLandBorderBetween(string first, string second) =>
        Kind == GeographyKind.LandBorder
        && Between.Count == 2
        && ((Between[0] == first && Between[1] == second) || (Between[0] == second && Between[1] == first));

    /// <inheritdoc/>
    public string Describe() => Kind == GeographyKind.LandBorder ? $"land border between {string.Join(" and ", Between)}" : $"{Subject} reaches the region only overseas";
}
