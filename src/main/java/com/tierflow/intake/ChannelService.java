package com.tierflow.intake;

import java.util.List;
import java.util.Optional;

public interface ChannelService {

    List<Channel> list();

    Optional<Channel> findByCode(String code);

    Channel get(long id);

    Channel create(ChannelDraft draft);

    Channel update(String code, ChannelDraft draft);
}
