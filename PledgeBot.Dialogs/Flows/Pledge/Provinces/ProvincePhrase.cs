namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>One phrase from the content that names a place, in both compared forms (<see cref="ProvinceKey"/>);
/// <see cref="Tier"/> orders names before former names before aliases.</summary>
internal sealed record ProvincePhrase(string Words, string Key, int Tier, ProvincePlace Place)
{
    public ProvincePhrase(string text, int tier, ProvincePlace place)
        : this(ProvinceKey.Words(text), ProvinceKey.Compact(text), tier, place)
    {
    }
}
