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
    /// The most rule firings one assessment may take before it is stopped with a
    /// <see cref="RulebookException"/>; 10,000 by default. The article's rulebook fires a few
    /// dozen rules per scenario: the cap only catches a rule set (an amendment, say) that loops.
    /// </summary>
    public int MaxRuleFirings { get; set; } = DefaultMaxRuleFirings;

    /// <summary>The default of <see cref="MaxRuleFirings"/>.</summary>
    public const int DefaultMaxRuleFirings = 10_000;

    /// <summary>
    /// The aid a patron must give for its commitment to have no AidBelowBenchmark gap. The default
    /// is the project's reading of C25 and C28 (decision D11): US$2.5bn a year or 10% of GDP.
    /// </summary>
    public AidBenchmark AidBenchmark { get; set; } = AidBenchmark.Default;

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

    /// <summary>A copy that the copier may change without touching these options: for tools that compile variants of one rulebook.</summary>
    internal AllianceRulesOptions Copy()
    {
        var copy = new AllianceRulesOptions
        {
            CaptureJustification = CaptureJustification,
            MaxRuleFirings = MaxRuleFirings,
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
