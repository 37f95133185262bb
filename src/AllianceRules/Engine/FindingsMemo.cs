using AllianceRules.Conclusions;

namespace AllianceRules.Engine;

/// <summary>
/// What a session's last assessment built, kind by kind, with everything each kind's build read.
/// A sweep moves a session by a fact or two from scenario to scenario, and a derived fact keeps its
/// derivation while its support stays, so most kinds read the very derivations they read a row
/// before; their findings are then the findings built then. That holds because a kind's build
/// reads the session only through <see cref="IFindingSource"/>, and what it reads of a derivation
/// (its fact, its rule, the rules-only justification kept on it) never changes while the
/// derivation lives: an updated fact is recorded as a new derivation.
/// </summary>
/// <remarks>
/// Only for <see cref="Detail.Rules"/> and <see cref="Detail.Values"/>: a full justification
/// describes what is absent, which it reads from the whole scenario. One session, one thread.
/// </remarks>
internal sealed class FindingsMemo(Detail detail)
{
    private readonly Built?[] _built = new Built?[ConclusionDescriptor.All.Count];

    /// <summary>The detail the findings were built with; a builder of another detail does not use them.</summary>
    public Detail Detail { get; } = detail;

    /// <summary>The findings of a kind the last assessment built, or null.</summary>
    public Built? this[ConclusionKind kind]
    {
        get => _built[(int)kind];
        set => _built[(int)kind] = value;
    }

    /// <summary>One kind's findings and everything its build read, in the order it read them.</summary>
    internal sealed record Built(Read[] Reads, object Findings);

    /// <summary>
    /// One read: with <see cref="Facts"/>, the derivations of the facts it selects, in the session's
    /// order; without, the scenario's offers, in the scenario's order.
    /// </summary>
    internal readonly record struct Read(Func<object, bool>? Facts, object[] Seen);
}
