namespace PledgeBot.Tests.Flows.Provinces;

public sealed record PledgeStubState
{
    public string? Province { get; init; }
}
