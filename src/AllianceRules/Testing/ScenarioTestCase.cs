using AllianceRules.Conclusions;

namespace AllianceRules.Testing;

/// <summary>
/// One case of a scenario test file, as written: a scenario (exactly one of <see cref="Scenario"/>,
/// <see cref="ScenarioFile"/> and <see cref="Builtin"/>), the claims or rules to switch off, and
/// the conclusions expected, by conclusion key.
/// </summary>
public sealed record ScenarioTestCase
{
    // The JSON source generator sets every init-only property of a type with required members,
    // passing null for an absent one; the init accessors coalesce null back to the default.
    private readonly IReadOnlyList<string> _disabledClaims = [];
    private readonly IReadOnlyList<string> _disabledRules = [];
    private readonly IReadOnlyDictionary<string, string> _expect = new Dictionary<string, string>();
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _contains = new Dictionary<string, IReadOnlyList<string>>();
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _exactly = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>What the case checks, in a few words; unique in its file.</summary>
    public required string Name { get; init; }

    /// <summary>The scenario, written inline in the scenario format.</summary>
    public Scenario? Scenario { get; init; }

    /// <summary>A scenario file, as a path relative to the test file's folder.</summary>
    public string? ScenarioFile { get; init; }

    /// <summary>A built-in scenario, by ID (see <c>alliance-rules scenarios</c>).</summary>
    public string? Builtin { get; init; }

    /// <summary>Claim IDs to switch off for this case: every rule that carries one is left out.</summary>
    public IReadOnlyList<string> DisabledClaims { get => _disabledClaims; init => _disabledClaims = value ?? []; }

    /// <summary>Rule names to switch off for this case.</summary>
    public IReadOnlyList<string> DisabledRules { get => _disabledRules; init => _disabledRules = value ?? []; }

    /// <summary>
    /// Expected values by conclusion key: <c>"posture": "Balance"</c>,
    /// <c>"commitments[United States]": "not credible"</c>, <c>"risks[AloneAtSea]": "present"</c>,
    /// <c>"outlook[Soviet Union]": "(none)"</c>. The values a key can take are those of
    /// <see cref="ConclusionKey.ValuesOf"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Expect { get => _expect; init => _expect = value ?? new Dictionary<string, string>(); }

    /// <summary>
    /// Conclusions a list must include, by list: <c>"risks": ["AloneAtSea"]</c>,
    /// <c>"commitments[United States].gaps": ["NoLandProtection"]</c>. Others may be drawn too.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Contains { get => _contains; init => _contains = value ?? new Dictionary<string, IReadOnlyList<string>>(); }

    /// <summary>Conclusions a list must hold and nothing else, by list; an empty list expects none to be drawn.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Exactly { get => _exactly; init => _exactly = value ?? new Dictionary<string, IReadOnlyList<string>>(); }
}
