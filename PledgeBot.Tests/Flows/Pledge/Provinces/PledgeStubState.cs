namespace PledgeBot.Tests.Flows.Pledge.Provinces;

public sealed record PledgeStubState
{
    public string? Province { get; init; }
}
