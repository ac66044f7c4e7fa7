namespace PledgeBot.Tests.Dialogs;

public sealed record BandState
{
    public string? Band { get; init; }
}
