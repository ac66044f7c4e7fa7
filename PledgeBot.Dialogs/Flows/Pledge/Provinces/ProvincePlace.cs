namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>A place a user may name: one of the 34 units, or a former province now part of one. A former province's
/// id is its folded name ("binh-duong"); <see cref="Province"/> is always the unit's id.</summary>
public sealed record ProvincePlace(string Id, string Name, string Province, string Region)
{
    public bool IsFormer => !string.Equals(Id, Province, StringComparison.Ordinal);
}
