using AllianceRules.Facts;

namespace AllianceRules;

/// <summary>What the hedging state was observed to do in a historical episode.</summary>
public sealed record ObservedOutcome
{
    /// <summary>The posture it took, where the record shows one.</summary>
    public Posture? Posture { get; init; }

    /// <summary>How it answered offers, where the record shows it.</summary>
    public IReadOnlyList<ObservedResponse> Responses { get; init; } = [];
}
