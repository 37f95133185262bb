using AllianceRules.Facts;

namespace AllianceRules.Scenarios;

/// <summary>What the hedging state was observed to do in a historical episode.</summary>
public sealed record ObservedOutcome
{
    private readonly IReadOnlyList<ObservedResponse> _responses = [];
    private readonly IReadOnlyList<Risk> _risks = [];

    /// <summary>The posture it took, where the record shows one.</summary>
    public Posture? Posture { get; init; }

    /// <summary>How it answered offers, where the record shows it.</summary>
    public IReadOnlyList<ObservedResponse> Responses { get => _responses; init => _responses = value ?? []; }

    /// <summary>Risks the record shows to have materialised or been feared; each must be among the predicted risks.</summary>
    public IReadOnlyList<Risk> Risks { get => _risks; init => _risks = value ?? []; }
}
