namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>What <see cref="ProvinceRecognizer"/> made of an answer: one place, several to choose from, or none.</summary>
public sealed record ProvinceMatch(ProvinceMatchKind Kind, IReadOnlyList<ProvincePlace> Places)
{
    public static ProvinceMatch None { get; } = new(ProvinceMatchKind.None, []);

    /// <summary>The one place named (a unit or a former province), or null.</summary>
    public ProvincePlace? Place => Kind is ProvinceMatchKind.Unit or ProvinceMatchKind.Former ? Places[0] : null;

    /// <summary>A unit, a former province or candidates, by how many places were found.</summary>
    internal static ProvinceMatch Of(IReadOnlyList<ProvincePlace> places) => places.Count switch
    {
        0 => None,
        1 => new(places[0].IsFormer ? ProvinceMatchKind.Former : ProvinceMatchKind.Unit, places),
        _ => new(ProvinceMatchKind.Ambiguous, places),
    };

    /// <summary>Candidates to confirm, however many: a short form is never taken as a guess.</summary>
    internal static ProvinceMatch OneOf(IReadOnlyList<ProvincePlace> places) =>
        places.Count == 0 ? None : new(ProvinceMatchKind.Ambiguous, places);
}
