namespace PledgeBot.Tests.Engine;

public sealed record SurveyState
{
    public string? Color { get; init; }

    public bool? Sure { get; init; }

    public string? Number { get; init; }

    public string? Band { get; init; }
}
