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

    /// <summary>
    /// Checks that every claim ID in <see cref="DisabledClaims"/> and every rule name in
    /// <see cref="DisabledRules"/> names a claim or rule of the rulebook these options compile
    /// (the article's, with <see cref="AdditionalRuleTypes"/> and the claim IDs they carry, such as
    /// <c>X01</c>). <see cref="AllianceAssessor"/> refuses options that fail it.
    /// </summary>
    /// <returns>One message per unknown identifier, with the nearest known ones where there are any; empty when all are known.</returns>
    public IReadOnlyList<string> Validate() => Claims.IdentifierCheck.Problems(this);
}
