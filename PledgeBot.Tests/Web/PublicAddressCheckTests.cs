using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using PledgeBot.Campaign;
using PledgeBot.Campaign.Links;
using PledgeBot.Tests.Referrals;
using PledgeBot.Web;

namespace PledgeBot.Tests.Web;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class PublicAddressCheckTests(ReferralHostFixture host) : IClassFixture<ReferralHostFixture>
{
    [Theory]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://+:80")]
    [InlineData("http://192.168.1.20:3978")]
    [InlineData("http://localhost:5000")]
    public void Warns_when_the_public_base_url_is_the_default_while_the_host_listens_elsewhere(string listening)
    {
        var check = Check(CampaignOptions.DefaultPublicBaseUrl, listening);

        check.Check();

        Assert.Contains(listening, check.Warning, StringComparison.Ordinal);
        Assert.Contains("Campaign:PublicBaseUrl", check.Warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:3978", "http://localhost:3978")]
    [InlineData("http://localhost:3978", "http://127.0.0.1:3978")]
    [InlineData("https://khongmotminh.vn", "http://0.0.0.0:8080")]
    public void Says_nothing_when_the_default_is_where_the_host_listens_or_the_address_is_set(string publicBaseUrl, string listening)
    {
        var check = Check(publicBaseUrl, listening);

        check.Check();

        Assert.Null(check.Warning);
    }

    [Fact]
    public async Task Serves_the_set_up_warnings_to_staff_only()
    {
        using var anonymous = host.Factory.CreateClient();
        using var staff = host.StaffClient();

        using var refused = await anonymous.GetAsync("/admin/setup.json");
        var setup = await staff.GetFromJsonAsync<JsonElement>("/admin/setup.json");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(ReferralHostFixture.BaseUrl, setup.GetProperty("publicBaseUrl").GetString());
        Assert.Empty(setup.GetProperty("warnings").EnumerateArray());
    }

    private static PublicAddressCheck Check(string publicBaseUrl, string listening)
    {
        var addresses = new Mock<IServerAddressesFeature>();
        addresses.Setup(a => a.Addresses).Returns([listening]);
        var features = new FeatureCollection();
        features.Set(addresses.Object);
        var server = new Mock<IServer>();
        server.Setup(s => s.Features).Returns(features);
        return new PublicAddressCheck(
            server.Object, Options.Create(new CampaignOptions { PublicBaseUrl = publicBaseUrl }), Mock.Of<IHostApplicationLifetime>(),
            NullLogger<PublicAddressCheck>.Instance);
    }
}
