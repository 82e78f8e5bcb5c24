package dev.newsflow.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsflow.contracts.EntityType.ORGANIZATION;
import static dev.newsflow.contracts.EntityType.PERSON;
import static dev.newsflow.contracts.EntityType.PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules for names beyond the common Han pattern, and for places and bodies written in chains. */
class MoreRulesTest {

    @Test
    void transliteratedNameAfterATitle() {
        Entities found = Entities.of("自治区主席阿不都热依木·吐尔逊到伊犁调研。县委书记艾力·买买提介绍,全县林果丰收。");
        found.require(PERSON, "阿不都热依木·吐尔逊");
        found.require(PERSON, "艾力·买买提");
        assertTrue(found.get(PERSON, "艾力").isEmpty());
    }

    @Test
    void fourCharacterNameWithoutHanSurnameAfterATitle() {
        assertEquals(List.of("扎西次仁"), Entities.of("区委书记扎西次仁到乡镇检查春耕备耕。").names(PERSON));
    }

    @Test
    void anonymizedNamesAreNoNames() {
        assertTrue(Entities.of("被告人林某某通过网络虚构销售口罩。").names(PERSON).isEmpty());
    }

    @Test
    void nameWithAnUnknownFollowerEndsBeforeAVerb() {
        assertEquals(List.of("吴胜华"), Entities.of("市委常委、市长吴胜华宣读表彰决定。").names(PERSON));
    }

    @Test
    void autonomousPrefectureShortNames() {
        Entities found = Entities.of("凉山州委、州政府将加大帮扶力度。伊犁州党委书记出席。");
        assertEquals("city", found.require(PLACE, "凉山州").level());
        assertEquals("city", found.require(PLACE, "伊犁州").level());
        found.require(ORGANIZATION, "凉山州委");
    }

    @Test
    void townshipOfACountyNamedElsewhere() {
        Entities found = Entities.of("堆龙德庆区干部到乃琼街道检查。");
        assertEquals("township", found.require(PLACE, "乃琼街道").level());
    }

    @Test
    void placeChainOpensTheNameOfABody() {
        Entities found = Entities.of("福建省厦门市思明区人民法院近日审结一起案件。");
        found.require(ORGANIZATION, "福建省厦门市思明区人民法院");
        assertEquals(List.of("福建省", "厦门市", "思明区"), found.names(PLACE));
    }

    @Test
    void bodiesWithoutScopeOpeningAListOrClause() {
        Entities found = Entities.of("南京大学、东南大学等高校将分批返校。复旦大学附属中山医院专家建议做好防护。");
        for (String body : List.of("南京大学", "东南大学", "复旦大学", "复旦大学附属中山医院")) {
            found.require(ORGANIZATION, body);
        }
    }

    @Test
    void titleInsideAPhraseEndsTheNameOfABody() {
        Entities found = Entities.of("镇党委书记李红梅带领工作组逐户排查。");
        assertEquals(List.of("镇党委"), found.names(ORGANIZATION));
        assertEquals(List.of("李红梅"), found.names(PERSON));
    }

    @Test
    void occupationIntroducesAName() {
        assertEquals(List.of("王永胜"), Entities.of("葡萄种植户王永胜告诉记者,今年收购价提高了。").names(PERSON));
    }
}
