package dev.newsflow.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsflow.contracts.EntityType.ORGANIZATION;
import static dev.newsflow.contracts.EntityType.PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceAndOrganizationRulesTest {

    @Test
    void everyAdministrativeLevel() {
        Entities found = Entities.of("他来自山西省晋中市平遥县杜家庄乡。");
        assertEquals("province", found.require(PLACE, "山西省").level());
        assertEquals("city", found.require(PLACE, "晋中市").level());
        assertEquals("county", found.require(PLACE, "平遥县").level());
        assertEquals("township", found.require(PLACE, "杜家庄乡").level());
    }

    @Test
    void shortNamesOfCountyLevelCitiesNextToOtherPlaces() {
        Entities found = Entities.of("支援湖北仙桃、潜江、天门三市和武汉部分医院。");
        assertEquals(List.of("湖北", "仙桃", "潜江", "天门", "武汉"), found.names(PLACE));
        assertEquals("county", found.require(PLACE, "仙桃").level());
    }

    @Test
    void placeNamesInsideOrdinaryWordsAreNoPlaces() {
        Entities found = Entities.of("政法、公安、市场监管等部门要加强城市政府管理。");
        assertTrue(found.names(PLACE).isEmpty(), found.names().toString());
        assertTrue(found.names(ORGANIZATION).isEmpty(), found.names().toString());
    }

    @Test
    void linkFarmOfPlaceNamesIsSpam() {
        Entities found = Entities.of("会议以视频方式开到市一级。\n胶州市| 神农架林区| 曲麻莱县| 乐东| 衢州市|");
        assertTrue(found.names(PLACE).isEmpty(), found.names().toString());
    }

    @Test
    void scopedBodiesAndDepartments() {
        Entities found = Entities.of("市卫健委、市发改委、市工信局、市交通运输局主要负责同志参加。省委、省政府决定。");
        assertEquals(List.of("市卫健委", "市发改委", "市工信局", "市交通运输局", "省委", "省政府"), found.names(ORGANIZATION));
    }

    @Test
    void placeMiddleAndSuffix() {
        Entities found = Entities.of("听取晋中市传染病医院、山西省汾阳医院、山西新华化工公司有关情况汇报,山西日报报道。");
        for (String body : List.of("晋中市传染病医院", "山西省汾阳医院", "山西新华化工公司", "山西日报")) {
            found.require(ORGANIZATION, body);
        }
        assertEquals("city", found.require(PLACE, "晋中市").level());
    }

    @Test
    void scopeMiddleAndSuffix() {
        Entities found = Entities.of("决定成立中央应对疫情工作领导小组,要求国务院联防联控机制发挥协调作用。");
        found.require(ORGANIZATION, "中央应对疫情工作领导小组");
        found.require(ORGANIZATION, "国务院联防联控机制");
        found.require(ORGANIZATION, "国务院");
    }

    @Test
    void sentenceWordsInTheMiddleMakeNoBody() {
        Entities found = Entities.of("派出医务人员支援武汉部分医院。");
        assertTrue(found.names(ORGANIZATION).isEmpty(), found.names().toString());
    }
}
