using AllianceRules.Facts;

namespace AllianceRules;

/// <summary>Configures which rules an <see cref="AllianceAssessor"/> compiles.</summary>
public sealed class AllianceRulesOptions
{
    /// <summary>
    /// Whether each conclusion carries its full justification tree (<c>because</c>); on by
    /// default. Off, each conclusion keeps its claim IDs and the rules that drew it, without the
    /// facts they matched, which saves building the trees in sweeps that need only the verdicts.
    /// </summary>
    public bool CaptureJustification { get; set; } = true;

    /// <summary>
    /// Whether the rules' conditions and actions are interpreted instead of compiled; off by
    /// default. On, a new assessor is ready sooner (no code is emitted or JIT-compiled for the
    /// rules: about 45 ms less for the article's rulebook on a 2-core server) and every
    /// assessment runs about four times slower. For a process that assesses a scenario or a few
    /// and exits, such as the <c>alliance-rules assess</c> command; not for a host or a sweep.
    /// The conclusions are the same either way.
    /// </summary>
    public bool InterpretRules { get; set; }

    /// <summary>
    /// The most rule firings one assessment may take before it is stopped with a
    /// <see cref="RulebookException"/>; 10,000 by default. The article's rulebook fires a few
    /// dozen rules per scenario: the cap only catches a rule set (an amendment, say) that loops.
    /// </summary>
    public int MaxRuleFirings { get; set; } = DefaultMaxRuleFirings;

    /// <summary>
    /// How long the rules may take to come to rest on one scenario, or null (the default) to wait
    /// as long as they take. Set it when the rule set holds code you did not write (an amendment):
    /// a rule that blocks, in its action or in a condition, then ends its assessment with a
    /// <see cref="RulebookException"/> instead of hanging the caller; the exception names a rule
    /// blocked in its action (NRules does not say whose condition is running). The blocked rule's
    /// thread cannot be stopped, only abandoned.
    /// </summary>
    public TimeSpan? RuleTimeout { get; set; }

    /// <summary>
    /// The most assessments a what-if exploration or a why-not explanation may run; past it, the
    /// search stops and its result says so. The default keeps the search of every built-in
    /// episode exact (the service's 1,000 does too; a test holds it) and bounds the work on a large scenario (30 powers
    /// with their offers: about 20 s on two cores).
    /// </summary>
    public int MaxSearchAssessments { get; set; } = DefaultMaxSearchAssessments;

    /// <summary>The default of <see cref="MaxSearchAssessments"/>.</summary>
    public const int DefaultMaxSearchAssessments = 5_000;

    /// <summary>The default of <see cref="MaxRuleFirings"/>.</summary>
    public const int DefaultMaxRuleFirings = 10_000;

    /// <summary>
    /// The aid a patron must give for its commitment to have no AidBelowBenchmark gap. The default
    /// is the project's reading of C25 and C28 (decision D11): US$2.5bn a year or 10% of GDP.
    /// </summary>
    public AidBenchmark AidBenchmark { get; set; } = AidBenchmark.Default with { };

    /// <summary>
    /// Claim IDs to switch off: every rule that carries one of them is left out, so a reader
    /// who disagrees with a claim can see the theory without it.
    /// </summary>
    public ISet<string> DisabledClaims { get; } = new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Rule names to switch off, such as <c>Offers.RejectAlignmentWhileBandwagoning</c>: for an
    /// amendment that replaces one rule rather than every rule of a claim.
    /// </summary>
    public ISet<string> DisabledRules { get; } = new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Further NRules rule types to compile with the rulebook, for example a user's own
    /// amendments to the theory from another assembly.
    /// </summary>
    public IList<Type> AdditionalRuleTypes { get; } = [];

    /// <summary>What is wrong with these options, in words; empty when the assessor can be made with them.</summary>
    internal IEnumerable<string> Problems()
    {
        if (MaxRuleFirings < 1)
        {
            yield return $"MaxRuleFirings must be at least 1, not {MaxRuleFirings}.";
        }

        if (MaxSearchAssessments < 1)
        {
            yield return $"MaxSearchAssessments must be at least 1, not {MaxSearchAssessments}.";
        }

        if (RuleTimeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            yield return $"RuleTimeout must be positive, not {timeout}.";
        }

        if (AidBenchmark is null)
        {
            yield return "AidBenchmark must be set.";
        }
        else if (AidBenchmark.AnnualUsd < 0 || AidBenchmark.ShareOfGdp < 0)
        {
            yield return "AidBenchmark must not be negative.";
        }

        foreach (var type in AdditionalRuleTypes)
        {
            if (type is null || !typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(type) || type.IsAbstract)
            {
                yield return $"AdditionalRuleTypes holds '{type?.FullName ?? "null"}', which is not a rule: a concrete class deriving from NRules.Fluent.Dsl.Rule.";
            }
        }
    }

    /// <summary>
    /// Checks these options: the budgets and the cap are positive, every type in
    /// <see cref="AdditionalRuleTypes"/> is a rule, and every claim ID in <see cref="DisabledClaims"/>
    /// and rule name in <see cref="DisabledRules"/> names a claim or rule of the rulebook they compile
    /// (the article's, with the added rules and the claim IDs they carry, such as <c>X01</c>).
    /// <see cref="AllianceAssessor"/> refuses options that fail it, and so does a host at start.
    /// </summary>
    /// <returns>One message per problem, with the nearest known identifiers where there are any; empty when the options are sound.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = Problems().ToArray();
        return problems.Length > 0 ? problems : IdentifierCheck.Problems(this);
    }

    /// <summary>A copy that the copier may change without touching these options: for tools that compile variants of one rulebook.</summary>
    internal AllianceRulesOptions Copy()
    {
        var copy = new AllianceRulesOptions
        {
            CaptureJustification = CaptureJustification,
            InterpretRules = InterpretRules,
            MaxRuleFirings = MaxRuleFirings,
            MaxSearchAssessments = MaxSearchAssessments,
            RuleTimeout = RuleTimeout,
            AidBenchmark = AidBenchmark,
        };
        copy.DisabledClaims.UnionWith(DisabledClaims);
        copy.DisabledRules.UnionWith(DisabledRules);
        foreach (var type in AdditionalRuleTypes)
        {
            copy.AdditionalRuleTypes.Add(type);
        }

        return copy;
    }
}
