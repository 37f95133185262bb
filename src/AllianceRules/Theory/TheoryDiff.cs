using AllianceRules.Backtesting;
using AllianceRules.Conclusions;
using AllianceRules.Scenarios;

namespace AllianceRules.Theory;

/// <summary>
/// What changes between two rulebooks (say, the article's and an amended one): the decision-table
/// rows whose conclusions differ, and the conclusions of the built-in scenarios that differ.
/// </summary>
/// <param name="TableRows">How many rows the decision table has.</param>
/// <param name="Rows">The rows that change, in table order.</param>
/// <param name="Conclusions">The built-in scenarios' conclusions that change, by scenario then key.</param>
public sealed record TheoryDiff(int TableRows, IReadOnlyList<RowChange> Rows, IReadOnlyList<ConclusionChange> Conclusions)
{
    /// <summary>Compares two rulebooks over the decision table and the built-in scenarios.</summary>
    /// <param name="before">The first rulebook, usually the article's.</param>
    /// <param name="after">The second, usually an amended one.</param>
    /// <param name="cancellationToken">Stops the comparison between assessments.</param>
    /// <returns>The differences.</returns>
    public static TheoryDiff Compare(AllianceAssessor before, AllianceAssessor after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var beforeTable = DecisionTable.Build(before, cancellationToken);
        var afterTable = DecisionTable.Build(after, cancellationToken);
        var rows = beforeTable.Rows
            .Zip(afterTable.Rows, (b, a) => new RowChange(b, a))
            .Where(change => change.Before.OutcomeKey != change.After.OutcomeKey)
            .ToArray();

        var conclusions = new List<ConclusionChange>();
        foreach (var scenario in HistoricalScenarios.All)
        {
            var b = ConclusionsOf(before, scenario, cancellationToken);
            var a = ConclusionsOf(after, scenario, cancellationToken);
            foreach (var key in b.Keys.Union(a.Keys).Order())
            {
                if (b.ValueOf(key) != a.ValueOf(key))
                {
                    conclusions.Add(new ConclusionChange(scenario.Id!, key, b.ValueOf(key), a.ValueOf(key)));
                }
            }
        }

        return new TheoryDiff(beforeTable.Rows.Count, rows, conclusions)
        {
            BacktestBefore = ScorecardOf(before, cancellationToken),
            BacktestAfter = ScorecardOf(after, cancellationToken),
        };
    }

    /// <summary>The backtest under the first rulebook; null when its rule set fails on a built-in episode.</summary>
    public Scorecard? BacktestBefore { get; init; }

    /// <summary>The backtest under the second rulebook; null when its rule set fails on a built-in episode.</summary>
    public Scorecard? BacktestAfter { get; init; }

    private static Scorecard? ScorecardOf(AllianceAssessor assessor, CancellationToken cancellationToken)
    {
        try
        {
            return Scorecard.Build(assessor, HistoricalScenarios.All, cancellationToken);
        }
        catch (RulebookException)
        {
            return null;
        }
    }

    private static ConclusionMap ConclusionsOf(AllianceAssessor assessor, Scenario scenario, CancellationToken cancellationToken)
    {
        try
        {
            return ConclusionMap.Of(assessor.Assess(scenario, cancellationToken));
        }
        catch (RulebookException)
        {
            return ConclusionMap.Failed(DecisionTable.RulebookError);
        }
    }
}
