using AllianceRules.Engine;
using AllianceRules.Scenarios;
using Amendment;

namespace AllianceRules.Tests.Conclusions;

/// <summary>The error of a rule set that draws two answers (or postures) names them in an order of their own, not the session's.</summary>
public class ConflictMessageTests
{
    [Fact]
    public void AConflict_ReadsTheSame_InASweepAsInASessionOfItsOwn()
    {
        // The sample amendment's rule without the amendment switching the article's rule off: both
        // answer the label-only upgrade. The order the session recorded the answers in depends on
        // the scenarios it moved through before, so naming them in that order made the same
        // scenario's error read differently in a sweep than alone (and in a sweep split in more
        // blocks on more cores): the lint, comparing such errors, counted unchanged rows as changed
        // for every claim (13 rows and 2-3 episodes each, against a full sweep without the claim).
        var options = new AllianceRulesOptions { CaptureJustification = false };
        options.AdditionalRuleTypes.Add(typeof(AcceptLabelOnlyUpgradeInStableTimes));
        var assessor = new AllianceAssessor(options);
        ValidScenario[] episodes = [.. HistoricalScenarios.All.Select(ValidScenario.From)];

        string?[] Errors(IEnumerable<int> order)
        {
            var errors = new string?[episodes.Length];
            int[] indices = [.. order];
            foreach (var (i, error) in indices.Zip(assessor.AssessEach(indices.Select(i => episodes[i]), (_, _) => (string?)null, (_, e) => e.Message, detail: Detail.Values)))
            {
                errors[i] = error;
            }

            return errors;
        }

        var alone = Enumerable.Range(0, episodes.Length).Select(i => Errors([i])[i]).ToArray();
        Assert.Contains(alone, e => e is not null && e.Contains("answers to", StringComparison.Ordinal));
        Assert.Equal(alone, Errors(Enumerable.Range(0, episodes.Length)));
        Assert.Equal(alone, Errors(Enumerable.Range(0, episodes.Length).Reverse()));
    }
}
