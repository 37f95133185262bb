namespace AllianceRules;

/// <summary>
/// The bounds of the HTTP decision service (<c>MapAllianceRules</c>): how many costly requests
/// run at once and wait, and how long each class of request may take. Assess and the GETs are
/// cheap (one assessment or a listing); explain and what-if are costly (a search of up to
/// <see cref="AllianceRulesOptions.MaxSearchAssessments"/> assessments). Set them with
/// <c>services.Configure&lt;AllianceRulesServiceOptions&gt;(…)</c> before the endpoints are mapped.
/// </summary>
public sealed class AllianceRulesServiceOptions
{
    /// <summary>How many costly requests run at once; by default one per core, so that cheap requests keep a share of the machine only when the costly ones wait.</summary>
    public int CostlyConcurrency { get; set; } = Environment.ProcessorCount;

    /// <summary>How many costly requests wait for a place; past it, 429 with <c>Retry-After</c>. By default twice <see cref="CostlyConcurrency"/>.</summary>
    public int CostlyQueue { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>How many costly requests one client (by remote address) may run or queue at once; null (the default) for no limit per client.</summary>
    public int? CostlyPerClient { get; set; }

    /// <summary>What a 429 tells the client to wait, in whole seconds (<c>Retry-After</c>); 1 s by default.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a cheap request may run before it is cancelled and answered 504; 10 s by default.</summary>
    public TimeSpan CheapTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a costly request may run, its wait for a place not counted, before it is cancelled and answered 504; 30 s by default.</summary>
    public TimeSpan CostlyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The problems with these options, one line each; empty when they are usable.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (CostlyConcurrency < 1)
        {
            problems.Add($"CostlyConcurrency must be at least 1, not {CostlyConcurrency}.");
        }

        if (CostlyQueue < 0)
        {
            problems.Add($"CostlyQueue must be 0 or more, not {CostlyQueue}.");
        }

        if (CostlyPerClient is < 1)
        {
            problems.Add($"CostlyPerClient must be at least 1 when set, not {CostlyPerClient}.");
        }

        if (RetryAfter < TimeSpan.Zero || CheapTimeout <= TimeSpan.Zero || CostlyTimeout <= TimeSpan.Zero)
        {
            problems.Add("RetryAfter must not be negative, and CheapTimeout and CostlyTimeout must be positive.");
        }

        return problems;
    }
}
