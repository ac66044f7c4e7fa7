namespace PledgeBot.Tests.Engine;

public sealed record BandState
{
    public string? Band { get; init; }
}
