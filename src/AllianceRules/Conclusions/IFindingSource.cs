using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>
/// What a finding's <c>Build</c> reads of one session's derivations: the conclusion facts of its
/// kind, the scenario's offers, and the justifications. The engine implements it; the findings
/// know only this, so that Conclusions sit below the engine and not beside it.
/// </summary>
internal interface IFindingSource
{
    /// <summary>The scenario assessed (what its warnings are read from).</summary>
    Scenario Scenario { get; }

    /// <summary>The scenario's offers, in the order the scenario lists them.</summary>
    IReadOnlyList<GreatPowerOffer> Offers { get; }

    /// <summary>The derived facts of one kind, in the order the session recorded them.</summary>
    List<T> Conclusions<T>();

    /// <summary>The justification of one conclusion fact (none when only values are read).</summary>
    Justification[] Justify(object fact);

    /// <summary>The justifications of several facts that make one conclusion, ordered by rule, then by the facts matched.</summary>
    Justification[] Justify<T>(List<T> facts) where T : notnull;

    /// <summary>The decisions a conclusion rests on: those of the rules that drew it and of every derived fact beneath (D27).</summary>
    IReadOnlyList<string> DecisionsOf(Justification[] because);

    /// <summary>The hedges a conclusion inherits: the claims, anywhere in its justification, whose modal word qualifies it.</summary>
    IReadOnlyList<string> HedgesOf(Justification[] because);

    /// <summary>
    /// The findings of one kind: built by <paramref name="build"/>, or, where the source keeps what
    /// a session's last assessment built, those findings again when everything <paramref name="build"/>
    /// read then is unchanged (the same derivations, in the same order, and the same offers).
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <param name="build">Builds the kind's findings, reading the session only through this source.</param>
    object FindingsOf(ConclusionKind kind, Func<IFindingSource, object> build);
}
