using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PledgeBot.Dialogs.Engine;

namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>Asks where the user lives and ends with one of the 34 units. A parent flow calls it with
/// <c>Call(ProvinceFlow.FlowId, (s, result) => s with { Province = ProvinceFlow.ProvinceOf(result) })</c>.</summary>
public sealed class ProvinceFlow : Flow<ProvinceState>
{
    public const string FlowId = "province";

    public override string Id => FlowId;

    protected override JsonTypeInfo<ProvinceState> StateType => ProvinceJsonContext.Default.ProvinceState;

    protected override IReadOnlyList<Step<ProvinceState>> Steps =>
    [
        // Region → a page of its provinces → "which one?" for a short form; a name typed at any point is taken at once.
        new ProvinceQuestion(),
    ];

    /// <summary>The chosen unit's id from the flow's result (its final state, whose <c>province</c> holds it).</summary>
    public static string? ProvinceOf(JsonElement result) =>
        result.ValueKind == JsonValueKind.Object && result.TryGetProperty("province", out var province) && province.ValueKind == JsonValueKind.String
            ? province.GetString()
            : null;
}
