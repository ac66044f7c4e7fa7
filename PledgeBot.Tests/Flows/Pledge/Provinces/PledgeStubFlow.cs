using System.Text.Json.Serialization.Metadata;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Flows.Pledge.Provinces;

namespace PledgeBot.Tests.Flows.Pledge.Provinces;

/// <summary>Stands in for the pledge flow (the menu's "pledge" entry): calls the province flow, then says the id it got.</summary>
public sealed class PledgeStubFlow : Flow<PledgeStubState>
{
    public override string Id => "pledge";

    protected override JsonTypeInfo<PledgeStubState> StateType => ProvinceTestJsonContext.Default.PledgeStubState;

    protected override IReadOnlyList<Step<PledgeStubState>> Steps =>
    [
        Call(ProvinceFlow.FlowId, (s, result) => s with { Province = ProvinceFlow.ProvinceOf(result) }),
        Run(SayChosenAsync),
    ];

    private static Task<PledgeStubState> SayChosenAsync(StepContext<PledgeStubState> step, CancellationToken cancellationToken)
    {
        step.Say(ProvinceTestContent.Chosen, null, ("province", step.State.Province ?? "none"));
        return Task.FromResult(step.State);
    }
}
