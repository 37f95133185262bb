namespace AllianceRules.Backtesting;

/// <summary>
/// A naive predictor the rulebook is scored against, on the same fields (history.md, "Changes in
/// v3"): a theory that does not beat them says little.
/// </summary>
public enum Baseline
{
    /// <summary>Vietnam bandwagons and rejects every alignment offer; no risk materialises. Silent on material offers.</summary>
    StatusQuo,

    /// <summary>
    /// Each field as last observed in an earlier episode (the same power and offer kind for a
    /// response, the same risk for a risk); silent on a field never observed before.
    /// </summary>
    Persistence,

    /// <summary>
    /// The most common observed value of the field in the article's evidence (the posture; the
    /// decision on an offer of that kind, from any power; the status of that risk); silent where
    /// the evidence never records it or two values tie.
    /// </summary>
    BaseRate,
}
