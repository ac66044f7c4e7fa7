using System.Text.Json.Serialization.Metadata;
using PledgeBot.Dialogs.Engine;

namespace PledgeBot.Tests.Engine;

/// <summary>A child flow whose result (its state) goes back to <see cref="SurveyFlow"/>.</summary>
public sealed class BandFlow : Flow<BandState>
{
    public const string FlowId = "band";

    public override string Id => FlowId;

    protected override JsonTypeInfo<BandState> StateType => TestJsonContext.Default.BandState;

    protected override IReadOnlyList<Step<BandState>> Steps =>
    [
        Ask.Choice(SurveyContent.Band, [SurveyContent.Young, SurveyContent.Older], (s, band) => s with { Band = band }),
        Say(SurveyContent.BandThanks),
    ];
}
