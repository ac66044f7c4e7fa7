namespace PledgeBot.Classes;

/// <summary>The body of <c>POST /admin/classes</c>: only <see cref="Name"/> is required.</summary>
public sealed record ClassRequest
{
    public string? Name { get; init; }

    public string? SchoolCode { get; init; }

    public string? Province { get; init; }

    public string? Language { get; init; }

    public int? Questions { get; init; }

    public int? SecondsPerQuestion { get; init; }

    public bool? PrePost { get; init; }

    public bool? ShowRanking { get; init; }
}
