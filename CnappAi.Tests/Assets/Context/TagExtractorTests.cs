using CnappAi.Modules.Assets.Context;

namespace CnappAi.Tests.Assets.Context;

public class TagExtractorTests
{
    [Theory]
    [InlineData("""{"entitySnapshot":{"tags":{"owner":"payments","environment":"prod"}}}""")]
    [InlineData("""{"Resources":[{"Id":"arn:aws:s3:::b","Tags":{"owner":"payments","environment":"prod"}}]}""")]
    [InlineData("""{"resource":{"data":{"tags":[{"key":"owner","value":"payments"},{"key":"environment","value":"prod"}]}}}""")]
    [InlineData("""{"asset":{"tags_info_list":["owner|payments","environment|prod"]}}""")]
    [InlineData("""{"resource":{"labels":"owner=payments;environment=prod"}}""")]
    public void Read_EveryVendorTagShape_GivesTheSameTags(string raw)
    {
        var (tags, _) = TagExtractor.Read(raw);

        tags["owner"].ShouldBe("payments");
        tags["ENVIRONMENT"].ShouldBe("prod");
    }

    [Theory]
    [InlineData("""{"vulnerableAsset":{"hasWideInternetExposure":true}}""", true)]
    [InlineData("""{"machineTags":{"lw_InternetExposure":"NotExposed"}}""", false)]
    [InlineData("""{"x":{"internetExposure":"InternetExposed"}}""", true)]
    [InlineData("""{"title":"nothing here"}""", null)]
    public void Read_VendorExposureFlags_AreRead(string raw, bool? expected) =>
        TagExtractor.Read(raw).InternetFacing.ShouldBe(expected);

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"tags": {"owner": """)]
    [InlineData("")]
    public void Read_MalformedRecord_YieldsNothing(string raw)
    {
        var (tags, exposed) = TagExtractor.Read(raw);

        tags.ShouldBeEmpty();
        exposed.ShouldBeNull();
    }

    [Fact]
    public void Read_DeeplyNestedOrHugeTagSets_AreBounded()
    {
        var nested = string.Concat(Enumerable.Repeat("""{"a":""", 40)) + """{"tags":{"owner":"deep"}}""" + new string('}', 40);
        var many = "{\"tags\":{" + string.Join(',', Enumerable.Range(0, 500).Select(i => $"\"k{i}\":\"v\"")) + "}}";

        TagExtractor.Read(nested).Tags.ShouldBeEmpty();
        TagExtractor.Read(many).Tags.Count.ShouldBe(200);
    }
}
