using System.Globalization;

namespace PledgeBot.Bench;

/// <summary>Command-line options: <c>--url</c>, <c>--redis</c>, <c>--users</c>, <c>--concurrency</c>,
/// <c>--duration</c> (seconds), <c>--host-pid</c>, <c>--referral-share</c>, <c>--label</c>.</summary>
internal sealed record BenchOptions
{
    public Uri Url { get; init; } = new("http://127.0.0.1:3978");

    public string? Redis { get; init; }

    public int Users { get; init; } = 2_000;

    public int Concurrency { get; init; } = 64;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    public int? HostPid { get; init; }

    public double ReferralShare { get; init; } = 0.3;

    public string Label { get; init; } = "run";

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--url" => options with { Url = new Uri(value) },
                "--redis" => options with { Redis = value },
                "--users" => options with { Users = int.Parse(value, CultureInfo.InvariantCulture) },
                "--concurrency" => options with { Concurrency = int.Parse(value, CultureInfo.InvariantCulture) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--host-pid" => options with { HostPid = int.Parse(value, CultureInfo.InvariantCulture) },
                "--referral-share" => options with { ReferralShare = double.Parse(value, CultureInfo.InvariantCulture) },
                "--label" => options with { Label = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }
}
