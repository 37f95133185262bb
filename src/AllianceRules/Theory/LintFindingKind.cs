namespace AllianceRules.Theory;

/// <summary>The kinds of finding a <see cref="TheoryLint"/> reports; none is an error by itself.</summary>
public enum LintFindingKind
{
    /// <summary>A rule fires in no decision-table row and no built-in episode (<see cref="TheoryLint.NeverFiring"/>).</summary>
    NeverFires,

    /// <summary>A rule fires, but the rulebook without it draws the same conclusions everywhere (<see cref="TheoryLint.Redundant"/>).</summary>
    Redundant,

    /// <summary>Two rules draw different values for one conclusion in one scenario (<see cref="TheoryLint.Conflicts"/>).</summary>
    Conflict,

    /// <summary>A claim carried by rules whose switching off changes no conclusion anywhere (<see cref="TheoryLint.IdleClaims"/>).</summary>
    IdleClaim,
}
