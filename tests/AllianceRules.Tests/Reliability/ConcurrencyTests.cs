using System.Collections.Concurrent;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceRules.Tests.Reliability;

/// <summary>One assessor shared by more threads than cores gives exactly the sequential results.</summary>
public class ConcurrencyTests
{
    public const int Threads = 8;
    public const int AssessmentsPerThread = 500;

    private static readonly Scenario[] Scenarios =
        [.. HistoricalScenarios.All, .. ScenarioGenerators.ScenarioGen().Sample(40, 20)];

    // Computed once, sequentially, by an assessor of its own; lazily, so that a failure fails the
    // test instead of a type initializer on a worker thread (which would take the test host down).
    private static readonly Lazy<string[]> Expected = new(() => Sequential(new AllianceAssessor()));

    private static string[] Sequential(IAllianceAssessor assessor) => [.. Scenarios.Select(s => AssessmentJson.Serialize(assessor.Assess(s)))];

    [Fact]
    public void SharedAssessor_ManyThreads_SameAsSequential()
    {
        AssertSameUnderLoad(new AllianceAssessor());
    }

    [Fact]
    public void DiSingleton_ManyThreads_SameAsSequential()
    {
        using var provider = new ServiceCollection().AddAllianceRules().BuildServiceProvider();

        AssertSameUnderLoad(provider.GetRequiredService<IAllianceAssessor>());
    }

    private static void AssertSameUnderLoad(IAllianceAssessor assessor)
    {
        var expected = Expected.Value;
        var mismatches = new ConcurrentBag<string>();
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            for (var i = 0; i < AssessmentsPerThread; i++)
            {
                var index = (t * 7919 + i) % Scenarios.Length;
                try
                {
                    if (AssessmentJson.Serialize(assessor.Assess(Scenarios[index])) != expected[index])
                    {
                        mismatches.Add($"thread {t}, scenario {index}: differs");
                    }
                }
                catch (Exception ex)
                {
                    // An exception escaping a raw thread would end the test host, not fail the test.
                    mismatches.Add($"thread {t}, scenario {index}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Empty(mismatches);
    }
}
