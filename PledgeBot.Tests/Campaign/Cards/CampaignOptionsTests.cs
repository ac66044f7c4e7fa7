using System.ComponentModel.DataAnnotations;
using PledgeBot.Campaign;
using PledgeBot.Campaign.Links;

namespace PledgeBot.Tests.Campaign.Cards;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class CampaignOptionsTests
{
    [Theory]
    [InlineData("http://localhost:3978")]
    [InlineData("https://khongmotminh.vn")]
    [InlineData("https://example.org/bot/")]
    public void Accepts_an_absolute_http_or_https_base_url(string url)
    {
        Assert.Empty(Validate(new CampaignOptions { PublicBaseUrl = url }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/cards")]
    [InlineData("khongmotminh.vn")]
    [InlineData("ftp://khongmotminh.vn")]
    [InlineData("https://khongmotminh.vn/?ref=X")]
    [InlineData("https://khongmotminh.vn/#top")]
    [InlineData("https://user:secret@khongmotminh.vn")]
    public void Refuses_a_base_url_a_link_cannot_be_built_on(string url)
    {
        var errors = Validate(new CampaignOptions { PublicBaseUrl = url });

        Assert.Contains(errors, error => error.MemberNames.Contains(nameof(CampaignOptions.PublicBaseUrl)));
    }

    private static List<ValidationResult> Validate(CampaignOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
