using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Referrals;
using PledgeBot.Tests.Referrals;

namespace PledgeBot.Tests.Classes;

[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(ClassCollection.Name)]
public sealed class ClassApiTests(ClassHostsFixture host)
{
    [Fact]
    public async Task Creates_a_class_with_its_code_join_text_links_and_teacher_token()
    {
        var created = await host.CreateClassAsync(new
        {
            name = "7A – THCS Nguyễn Du", schoolCode = await SchoolAsync("SCH-API-001"), province = "TP. Hà Nội", language = "vi",
            questions = 8, secondsPerQuestion = 30, prePost = false, showRanking = false,
        });

        var code = created.GetProperty("code").GetString()!;
        Assert.Matches("^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{6}$", code);
        Assert.Equal($"LOP {code}", created.GetProperty("joinText").GetString());
        Assert.Equal($"{ClassHostsFixture.BaseUrl}/?class={code}", created.GetProperty("joinUrl").GetString());
        var token = created.GetProperty("teacherToken").GetString()!;
        Assert.Equal($"/class/{code}?t={Uri.EscapeDataString(token)}", created.GetProperty("screenUrl").GetString());
        Assert.InRange(created.GetProperty("expiresAt").GetDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromHours(11.9), TimeSpan.FromHours(12));
    }

    [Theory]
    [InlineData("{}", "name")]
    [InlineData("{\"name\":\"   \"}", "name")]
    [InlineData("{\"name\":\"7A\",\"questions\":0}", "questions")]
    [InlineData("{\"name\":\"7A\",\"questions\":21}", "questions")]
    [InlineData("{\"name\":\"7A\",\"questions\":2,\"prePost\":true}", "questions")]
    [InlineData("{\"name\":\"7A\",\"secondsPerQuestion\":9}", "secondsPerQuestion")]
    [InlineData("{\"name\":\"7A\",\"secondsPerQuestion\":121}", "secondsPerQuestion")]
    [InlineData("{\"name\":\"7A\",\"language\":\"fr\"}", "language")]
    [InlineData("{\"name\":\"7A\",\"province\":\"Atlantis\"}", "province")]
    [InlineData("{\"name\":\"7A\",\"schoolCode\":\"NO-SUCH-SCHOOL\"}", "schoolCode")]
    [InlineData("{\"name\":\"7A\",\"schoolCode\":\"KOL-CLASS-API\"}", "schoolCode")]
    [InlineData("{\"name\":\"7A\",\"questions\":\"eight\"}", "body")]
    [InlineData("not json", "body")]
    public async Task Refuses_a_bad_class_with_the_field_and_the_reason(string body, string field)
    {
        await host.First.Services.GetRequiredService<RedisReferralCatalog>().CreateAsync([("KOL-CLASS-API", ReferralKinds.Kol, "Một KOL")], default);
        using var staff = host.FirstClient(ReferralHostFixture.StaffKey);

        using var response = await staff.PostAsync("/admin/classes", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("errors").GetProperty(field)[0].GetString()));
    }

    [Fact]
    public async Task Refuses_a_body_over_four_kilobytes_with_413()
    {
        using var staff = host.FirstClient(ReferralHostFixture.StaffKey);

        using var response = await staff.PostAsync("/admin/classes", new StringContent($"{{\"name\":\"{new string('a', 5000)}\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Lists_and_shows_classes_to_staff_only()
    {
        var created = await host.CreateClassAsync(new { name = "Lớp liệt kê", province = "hue", language = "en" });
        var code = created.GetProperty("code").GetString()!;
        using var staff = host.SecondClient(ReferralHostFixture.StaffKey);
        using var anonymous = host.SecondClient();

        var list = await staff.GetFromJsonAsync<JsonElement>("/admin/classes");
        var one = await staff.GetFromJsonAsync<JsonElement>($"/admin/classes/{code.ToLowerInvariant()}");
        using var refused = await anonymous.GetAsync("/admin/classes");
        using var missing = await staff.GetAsync("/admin/classes/ZZZZ22");
        using var malformed = await staff.GetAsync("/admin/classes/abc");

        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("code").GetString() == code);
        Assert.Equal("Lớp liệt kê", one.GetProperty("name").GetString());
        Assert.Equal("hue", one.GetProperty("province").GetString());
        Assert.Equal($"CLASS {code}", one.GetProperty("joinText").GetString());
        Assert.Equal("lobby", one.GetProperty("phase").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task Lets_only_the_classes_own_token_or_a_staff_key_drive_it()
    {
        var mine = await host.CreateClassAsync(new { name = "Của tôi" });
        var other = await host.CreateClassAsync(new { name = "Lớp khác" });
        var code = mine.GetProperty("code").GetString()!;
        using var client = host.FirstClient();

        using var none = await client.PostAsync($"/api/classes/{code}/start", null);
        using var othersToken = await ClassHostsFixture.MoveAsync(client, code, "start", other.GetProperty("teacherToken").GetString()!);
        using var stream = await client.GetAsync($"/api/classes/{code}/stream?t=garbage");
        using var page = await client.GetAsync($"/class/{code}?t={Uri.EscapeDataString(other.GetProperty("teacherToken").GetString()!)}");
        using var results = await client.GetAsync($"/admin/classes/{code}/results.csv");
        using var revealFirst = await ClassHostsFixture.MoveAsync(client, code, "reveal", mine.GetProperty("teacherToken").GetString()!);
        using var byStaff = await ClassHostsFixture.MoveAsync(client, code, "start", ReferralHostFixture.StaffKey);
        using var unknown = await ClassHostsFixture.MoveAsync(client, "ZZZZ22", "start", ReferralHostFixture.StaffKey);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, othersToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stream.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, results.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, revealFirst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byStaff.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Serves_the_teacher_screen_with_a_strict_policy_and_nothing_from_elsewhere()
    {
        var created = await host.CreateClassAsync(new { name = "<b>9A</b>" });
        using var client = host.FirstClient();

        using var response = await client.GetAsync(created.GetProperty("screenUrl").GetString());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("default-src 'none'; script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;9A&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html.Replace(ClassHostsFixture.BaseUrl, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_sessions_and_students_per_province_and_students_reached_through_schools_for_the_dashboard()
    {
        using var staff = host.FirstClient(ReferralHostFixture.StaffKey);
        var before = await staff.GetFromJsonAsync<JsonElement>("/admin/classes/dashboard.json");
        var created = await host.CreateClassAsync(new { name = "Dashboard", schoolCode = await SchoolAsync("SCH-DASH-001"), province = "ca mau" });
        var code = created.GetProperty("code").GetString()!;
        using var student = host.SecondClient();
        await host.SayAsync(student, $"dash-1-{code}", $"LOP {code}");
        await host.SayAsync(student, $"dash-2-{code}", $"LOP {code}");
        await host.SayAsync(student, $"dash-2-{code}", $"LOP {code}");

        var after = await staff.GetFromJsonAsync<JsonElement>("/admin/classes/dashboard.json");
        var school = await staff.GetFromJsonAsync<JsonElement>("/admin/referral-codes/SCH-DASH-001");

        Assert.Equal(before.GetProperty("sessions").GetInt64() + 1, after.GetProperty("sessions").GetInt64());
        Assert.Equal(before.GetProperty("studentsThroughSchools").GetInt64() + 2, after.GetProperty("studentsThroughSchools").GetInt64());
        Assert.Equal(2, after.GetProperty("studentsByProvince").EnumerateArray().Single(p => p.GetProperty("label").GetString() == "Cà Mau").GetProperty("count").GetInt64());
        Assert.Equal(2, school.GetProperty("code").GetProperty("reach").GetInt64());
    }

    private async Task<string> SchoolAsync(string code)
    {
        await host.First.Services.GetRequiredService<RedisReferralCatalog>().CreateAsync([(code, ReferralKinds.School, "Trường THCS Nguyễn Du")], default);
        return code;
    }
}
