using System.Linq.Expressions;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

/// <summary>
/// The shapes the rules repeat, named so that a rule's conditions read like its claim.
/// </summary>
/// <remarks>
/// NRules reads conditions as expression trees and links a condition to an earlier pattern by the
/// name of the captured variable it reads. So these helpers build the very trees the compiler
/// builds for the conditions written out, and capture no variable of their own: a captured
/// parameter that shared its name with a rule's pattern would be taken for that pattern.
/// </remarks>
internal static class RuleDsl
{
    /// <summary>
    /// Matches the hedging state's posture when it is <paramref name="value"/> or one of
    /// <paramref name="orElse"/>: the stage of relations a rule speaks of.
    /// </summary>
    /// <param name="lhs">The rule's conditions.</param>
    /// <param name="posture">The pattern to bind the posture to.</param>
    /// <param name="value">The posture the rule applies in.</param>
    /// <param name="orElse">Further postures the rule applies in.</param>
    /// <returns>The rule's conditions, to go on with.</returns>
    public static ILeftHandSideExpression WhilePosture(
        this ILeftHandSideExpression lhs,
        Expression<Func<PostureConclusion>> posture,
        Posture value,
        params Posture[] orElse)
    {
        var p = Expression.Parameter(typeof(PostureConclusion), "p");
        var body = orElse.Aggregate(Is(p, value), (either, other) => Expression.OrElse(either, Is(p, other)));
        return lhs.Match(posture, Expression.Lambda<Func<PostureConclusion, bool>>(body, p));
    }

    /// <summary>
    /// Collects every fact that meets <paramref name="conditions"/> and goes on only if there is
    /// at least one. Unlike NRules' <c>Exists</c>, the facts stay in the match, so a conclusion's
    /// justification lists each of them.
    /// </summary>
    /// <typeparam name="TFact">The kind of fact.</typeparam>
    /// <param name="lhs">The rule's conditions.</param>
    /// <param name="facts">The pattern to bind the collection to.</param>
    /// <param name="conditions">What each fact must meet.</param>
    /// <returns>The rule's conditions, to go on with.</returns>
    public static ILeftHandSideExpression AtLeastOne<TFact>(
        this ILeftHandSideExpression lhs,
        Expression<Func<IEnumerable<TFact>>> facts,
        params Expression<Func<TFact, bool>>[] conditions)
        where TFact : notnull =>
        lhs.Query(facts, q => q
            .Match(conditions)
            .Collect()
            .Where(c => c.Any()));

    /// <summary>
    /// The condition that an offer is made by <paramref name="power"/>. An offer names its giver,
    /// so the match is on the name; the rule need not say so each time.
    /// </summary>
    /// <param name="power">The power, read from an earlier pattern: <c>() =&gt; patron.Power</c>.</param>
    /// <returns>A condition on <see cref="GreatPowerOffer"/>, for <c>Match</c>, <c>Not</c> or a query.</returns>
    public static Expression<Func<GreatPowerOffer, bool>> MadeBy(Expression<Func<GreatPower>> power)
    {
        Expression<Func<GreatPowerOffer, GreatPower, bool>> madeBy = (o, p) => o.From == p.Name;
        var body = new Substitution(madeBy.Parameters[1], power.Body).Visit(madeBy.Body);
        return Expression.Lambda<Func<GreatPowerOffer, bool>>(body, madeBy.Parameters[0]);
    }

    /// <summary><c>p.Value == value</c> as the compiler writes it for an enum constant: the posture converted to <see cref="int"/>, the value an <see cref="int"/> constant.</summary>
    private static BinaryExpression Is(ParameterExpression p, Posture value) =>
        Expression.Equal(
            Expression.Convert(Expression.Property(p, nameof(PostureConclusion.Value)), typeof(int)),
            Expression.Constant((int)value));

    /// <summary>Puts an expression where a lambda's parameter was.</summary>
    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameter ? replacement : base.VisitParameter(node);
    }
}
