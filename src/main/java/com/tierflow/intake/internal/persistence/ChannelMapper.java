package com.tierflow.intake.internal.persistence;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ChannelMapper {

    List<ChannelRow> findAll();

    Optional<ChannelRow> findByCode(String code);

    Optional<ChannelRow> findById(long id);

    List<HeaderAliasRow> findAliases(long channelId);

    void insert(ChannelRow row);

    int update(ChannelRow row);

    void deleteAliases(long channelId);

    void insertAlias(@Param("channelId") long channelId, @Param("header") String header, @Param("field") String field);
}
